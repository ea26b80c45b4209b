package fr.agora.budget.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** The city's own {@code selected} set is reproduced wherever the reference says a rule reproduces it. */
class CitySelectedTest {

    @TestFactory
    Stream<DynamicTest> citySelection() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : PbTestFiles.all()) {
            if (PbTestFiles.LARGE.contains(name)) {
                PbTestFiles.sharedDir();
            }
            JsonNode ref = PbTestFiles.reference(name);
            if (!ref.get("has_selected_column").asBoolean()) {
                continue;
            }
            List<String> expected = PbTestFiles.ids(ref.get("selected_in_file"));
            List<String> rules = new ArrayList<>();
            for (Map.Entry<String, JsonNode> o : ref.get("outcomes").properties()) {
                if (o.getValue().path("equals_selected_in_file").asBoolean(false)) {
                    rules.add(o.getKey());
                }
            }
            JsonNode flags = ref.get("city_rule").get("reproduces_selected");
            if (flags != null && flags.isObject()) {
                for (Map.Entry<String, JsonNode> f : flags.properties()) {
                    if (f.getValue().asBoolean()) {
                        rules.add(f.getKey());
                    }
                }
            }
            for (String rule : rules) {
                tests.add(DynamicTest.dynamicTest(name + " " + rule, () -> assertThat(
                        PbRules.compute(PbTestFiles.instance(name), rule, PbRules.Options.defaults()).selected())
                        .isEqualTo(expected)));
            }
        }
        return tests.stream();
    }

    @Test
    void theMesCitiesAreReproducedByTheirFileRule() {
        for (String name : List.of("Netherlands_Assen_2024", "Poland_Swiecie_2023")) {
            Outcome o = PbRules.compute(PbTestFiles.instance(name), "file", PbRules.Options.defaults());
            assertThat(o.rule()).isEqualTo("mes_cost_add1_pabulib_checker");
            assertThat(o.selected()).isEqualTo(PbTestFiles.ids(PbTestFiles.reference(name).get("selected_in_file")));
        }
    }
}
