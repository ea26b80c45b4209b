package fr.agora.sortition;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InfeasibleQuotasTest {

    private static SortitionInstance parityClash() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(new Person("p" + i, Map.of("gender", i % 3 == 0 ? "male" : "female",
                    "age", i % 2 == 0 ? "young" : "old"), null));
        }
        // 12 + 10 women and men for a panel of 20: impossible; women may go down to 8, men not below 10
        return new SortitionInstance(people, List.of(
                new Quota("gender", "female", 12, 14, 8, 14),
                new Quota("gender", "male", 10, 10, 10, 10),
                new Quota("age", "young", 5, 15, 0, 20),
                new Quota("age", "old", 5, 15, 0, 20)), 20);
    }

    @Test
    void explainsConflictAndProposesFeasibleMinimalRelaxation() {
        SortitionInstance instance = parityClash();
        InfeasibilityReport report = Feasibility.analyse(instance).orElseThrow();
        assertThat(report.conflicts()).contains("gender=female min 12", "gender=male min 10")
                .noneMatch(s -> s.startsWith("age"));
        assertThat(report.changes()).containsExactly("gender=female min 12→10");
        assertThat(Feasibility.isFeasible(instance.withQuotas(report.relaxedQuotas()))).isTrue();
        assertThat(report.message()).contains("relaxation minimale");
    }

    @Test
    void leximinAndLegacyReportInsteadOfCrashing() {
        SortitionInstance instance = parityClash();
        assertThatThrownBy(() -> Leximin.solve(instance)).isInstanceOf(InfeasibleQuotasException.class)
                .hasMessageContaining("gender=female min 12");
        assertThatThrownBy(() -> new Legacy(instance).draw(new java.util.SplittableRandom(1)))
                .isInstanceOf(InfeasibleQuotasException.class);
    }

    @Test
    void saysSoWhenNoRelaxationFitsTheFlexBounds() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(new Person("p" + i, Map.of("gender", i < 3 ? "male" : "female"), null));
        }
        SortitionInstance instance = new SortitionInstance(people, List.of(
                new Quota("gender", "female", 2, 2, 2, 2), new Quota("gender", "male", 2, 2, 2, 2)), 5);
        InfeasibilityReport report = Feasibility.analyse(instance).orElseThrow();
        assertThat(report.relaxedQuotas()).isNull();
        assertThat(report.message()).contains("aucune relaxation");
    }
}
