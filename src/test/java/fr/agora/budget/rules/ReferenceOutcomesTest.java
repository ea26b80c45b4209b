package fr.agora.budget.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every outcome of every reference JSON (pabutools 1.2.3 with exact rationals, or the double-precision
 * prototype cross-checked against it) is reproduced exactly as a set of ids, and so is the city
 * recomputation under {@code city_rule}.
 */
class ReferenceOutcomesTest {

    @TestFactory
    Stream<DynamicTest> referenceOutcomes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : PbTestFiles.all()) {
            if (PbTestFiles.LARGE.contains(name)) {
                PbTestFiles.sharedDir();
            }
            JsonNode ref = PbTestFiles.reference(name);
            for (Map.Entry<String, JsonNode> o : ref.get("outcomes").properties()) {
                JsonNode sel = o.getValue().get("selected");
                if (sel == null || sel.isNull()) {
                    continue; // not computed by the reference (time budget)
                }
                String rule = o.getKey();
                tests.add(DynamicTest.dynamicTest(name + " " + rule, () -> {
                    PbInstance in = PbTestFiles.instance(name);
                    Outcome out = PbRules.compute(in, rule, PbRules.Options.defaults().withExplain(false));
                    assertThat(out.selected()).as(name + " " + rule).isEqualTo(PbTestFiles.ids(sel));
                    JsonNode tc = o.getValue().get("total_cost");
                    if (tc != null && !tc.isNull()) {
                        assertThat(out.totalCost()).isEqualByComparingTo(tc.asString());
                    }
                }));
            }
            JsonNode city = ref.get("city_rule");
            for (String rule : List.of("greedy", "greedy_no_skip", "greedy_threshold")) {
                JsonNode sel = city.get(rule);
                if (sel == null || sel.isNull()) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(name + " city " + rule, () -> {
                    Outcome out = PbRules.compute(PbTestFiles.instance(name), rule, PbRules.Options.defaults());
                    assertThat(out.selected()).isEqualTo(PbTestFiles.ids(sel));
                }));
            }
        }
        return tests.stream();
    }
}
