package fr.agora;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Package-by-feature rules: features do not form cycles, views call services and services call repositories
 * (never the other way round), domain code knows nothing of the UI, and the auditable algorithms are plain Java.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.agora");
    }

    @Test
    void features_are_free_of_cycles() {
        slices().matching("fr.agora.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void ui_never_uses_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .because("views go through services, which carry transactions and security")
                .check(classes);
    }

    @Test
    void repositories_are_used_by_services_and_domain_only() {
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("..service..", "..domain..")
                .check(classes);
    }

    @Test
    void features_use_shared_services_not_its_repositories() {
        noClasses().that().resideOutsideOfPackage("fr.agora.shared..")
                // not there yet, each to move to shared's services (AccountDirectory, TerritoryService, MailService),
                // then to leave this list: council (its split, issue 11), meetings and comites (accounts,
                // territories, the mail outbox)
                .and().resideOutsideOfPackage("fr.agora.council..")
                .and().resideOutsideOfPackage("fr.agora.meetings..")
                .and().resideOutsideOfPackage("fr.agora.comites..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("fr.agora.shared.."),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                org.springframework.data.repository.Repository.class)))
                .because("shared's services carry the transactions, the security and the rules of its data")
                .check(classes);
    }

    @Test
    void domain_never_uses_ui_or_services() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..service..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void services_never_use_views() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin.flow.component..")
                .check(classes);
    }

    @Test
    void auditable_algorithms_are_plain_java() {
        noClasses().that().resideInAnyPackage("fr.agora.sortition..", "fr.agora.budget.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.persistence..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
