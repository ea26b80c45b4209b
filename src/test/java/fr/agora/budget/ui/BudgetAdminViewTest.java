package fr.agora.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.service.BudgetFixtures;
import fr.agora.budget.service.CategoryData;
import fr.agora.budget.service.CategoryService;
import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Staff set the earmarked envelopes of an edition and keep the list of proposal categories (issue 15). */
@AgoraSpringTest
class BudgetAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    BudgetFixtures fx;
    @Autowired
    EditionService editions;
    @Autowired
    CategoryService categories;
    @Autowired
    ProposalQueries queries;

    EditionData edition;

    @BeforeEach
    void edition() {
        fx.accounts();
        edition = fx.edition();
    }

    @Test
    @WithMockUser(username = BudgetFixtures.STAFF, roles = "STAFF")
    void staff_add_a_quartier_envelope_and_a_theme_and_cannot_exceed_the_total() {
        EditionsAdminView view = navigate("budget/gestion", EditionsAdminView.class);
        view.editing.setValue(view.editing.getListDataView().getItems().filter(e -> e.id() == edition.id()).findFirst()
                .orElseThrow());
        assertThat(view.envelopeEditors).isEmpty(); // Classes citoyennes has its own field

        test($(com.vaadin.flow.component.button.Button.class).id("budget-admin-envelope-add")).click();
        EditionsAdminView.EnvelopeRow quartier = view.envelopeEditors.get(0);
        quartier.kind.setValue(EnvelopeKind.TERRITORY);
        quartier.territory.setValue(quartier.territory.getListDataView().getItems()
                .filter(t -> t.code().equals("QPV-ETOUVIE")).findFirst().orElseThrow());
        assertThat(quartier.name.getValue()).as("named after the quartier").isEqualTo("Etouvie");
        quartier.amount.setValue(100_000);
        test($(com.vaadin.flow.component.button.Button.class).id("budget-admin-envelope-add")).click();
        EditionsAdminView.EnvelopeRow theme = view.envelopeEditors.get(1);
        theme.kind.setValue(EnvelopeKind.THEMATIC);
        assertThat(theme.territory.isVisible()).isFalse();
        theme.name.setValue("Jardins et nature en ville");
        theme.amount.setValue(50_000);
        test(view.save).click();

        EditionData saved = editions.edition(edition.id());
        assertThat(saved.envelopes()).extracting(EditionData.EnvelopeData::kind, EditionData.EnvelopeData::amountEuros)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(EnvelopeKind.CLASSES, 30_000L),
                        org.assertj.core.groups.Tuple.tuple(EnvelopeKind.TERRITORY, 100_000L),
                        org.assertj.core.groups.Tuple.tuple(EnvelopeKind.THEMATIC, 50_000L));
        assertThat(saved.envelopes()).filteredOn(v -> v.kind() == EnvelopeKind.THEMATIC).singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo("THEME_JARDINS_ET_NATURE_EN_VILLE"));

        // an envelope that takes the earmarked sum over the total is refused, and nothing changes
        view.envelopeEditors.get(1).amount.setValue(950_000);
        test(view.save).click();
        assertThat(editions.edition(edition.id()).envelopes()).filteredOn(v -> v.kind() == EnvelopeKind.THEMATIC)
                .singleElement().satisfies(v -> assertThat(v.amountEuros()).isEqualTo(50_000L));

        // removing a row and saving removes the envelope
        view.editing.setValue(view.editing.getListDataView().getItems().filter(e -> e.id() == edition.id()).findFirst()
                .orElseThrow());
        assertThat(view.envelopeEditors).hasSize(2);
        view.envelopeRows.remove(view.envelopeEditors.get(1));
        view.envelopeEditors.remove(1);
        test(view.save).click();
        assertThat(editions.edition(edition.id()).envelopes()).extracting(EditionData.EnvelopeData::kind)
                .containsExactlyInAnyOrder(EnvelopeKind.CLASSES, EnvelopeKind.TERRITORY);
    }

    @Test
    void staff_add_rename_and_withdraw_categories_and_the_form_offers_only_those_offered() {
        String label = "Éclairage " + UUID.randomUUID().toString().substring(0, 6);
        CategoryService.CategoryRow added = staff(() -> categories.create(label, "Lighting"));
        assertThat(added.code()).startsWith("ECLAIRAGE_");
        assertThat(queries.categories()).extracting(CategoryData::labelFr).contains(label);
        assertThat(queries.categories()).last().satisfies(c -> assertThat(c.code()).isEqualTo("AUTRE"));

        assertThatThrownBy(() -> staff(() -> categories.create(label, null))).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getMessageKey()).isEqualTo("budget.category.duplicate"));
        assertThatThrownBy(() -> staff(() -> categories.rename(added.id(), "  ", null)))
                .isInstanceOf(BusinessException.class);
        staff(() -> categories.rename(added.id(), label + " public", "Street lighting"));
        assertThat(queries.categories()).extracting(CategoryData::labelFr).contains(label + " public");

        staff(() -> categories.setOffered(added.id(), false));
        assertThat(queries.categories()).extracting(CategoryData::id).doesNotContain(added.id());
        assertThat(staff(categories::all)).extracting(CategoryService.CategoryRow::id).contains(added.id());

        // residents and moderators do not manage categories
        assertThatThrownBy(() -> As.user(BudgetFixtures.RESIDENT, () -> categories.create("Autre chose", null),
                Role.Names.RESIDENT)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    static <T> T staff(java.util.function.Supplier<T> action) {
        return As.user(BudgetFixtures.STAFF, action, Role.Names.STAFF);
    }
}
