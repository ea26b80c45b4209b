package fr.agora;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.ApplicationModuleInformation;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.core.NamedInterfaces;

/**
 * How Spring Modulith finds Agora's modules (set by {@code spring.modulith.detection-strategy}): each direct
 * sub-package of {@code fr.agora} is a module whose root package is its API, as by default; named interfaces come
 * from {@code @NamedInterface} annotations, plus the packages listed in {@link #ENGINE_APIS}.
 *
 * <p>Why that list: the auditable engines ({@code sortition}, {@code budget.rules}) are plain Java that anyone can
 * re-run without Spring, so they carry no Spring Modulith annotation. Their public API is declared here instead:
 * these sub-packages are what the rest of the application and the command line may use; anything else in the
 * engine stays internal.
 */
public class ModuleDetection implements ApplicationModuleDetectionStrategy {

    /** Module name → the sub-packages (relative to the module) that form its API. */
    static final Map<String, List<String>> ENGINE_APIS = Map.of(
            "sortition", List.of("draw", "io", "seats", "cli"),
            "budget", List.of("rules", "rules.cli"));

    @Override
    public Stream<JavaPackage> getModuleBasePackages(JavaPackage basePackage) {
        return ApplicationModuleDetectionStrategy.directSubPackage().getModuleBasePackages(basePackage);
    }

    @Override
    public NamedInterfaces detectNamedInterfaces(JavaPackage basePackage, ApplicationModuleInformation information) {
        NamedInterfaces annotated = ApplicationModuleDetectionStrategy.super.detectNamedInterfaces(basePackage, information);
        List<String> api = ENGINE_APIS.get(basePackage.getLocalName());
        return api == null ? annotated : annotated.and(NamedInterfaces.builder(basePackage).matching(api).build());
    }
}
