package fr.agora;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules and their boundaries: {@code verify()} fails on a cycle between modules or on a use of another
 * module's internals (anything outside its root package and its named interfaces); the documentation of the modules
 * (one diagram per module, the whole, and a canvas per module) is written to {@code docs/modules/}.
 */
class ModularityTests {

    static final java.nio.file.Path DOCS = java.nio.file.Path.of("docs/modules");
    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void writes_the_module_documentation() throws java.io.IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation(Documenter.DiagramOptions.defaults(), Documenter.CanvasOptions.defaults());
        // the relations come out in no fixed order: sort them, so that the committed diagrams change only with the code
        try (var files = java.nio.file.Files.list(DOCS)) {
            for (java.nio.file.Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                java.util.List<String> lines = java.nio.file.Files.readAllLines(puml);
                java.util.List<String> rels = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
                java.util.Iterator<String> sorted = rels.iterator();
                java.nio.file.Files.write(puml, lines.stream().map(l -> l.startsWith("Rel(") ? sorted.next() : l).toList());
            }
        }
    }
}
