package fr.agora.sortition;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Random small pools: every generated panel is feasible, marginals sum to k, LEXIMIN beats LEGACY. */
class PropertyTest {

    static SortitionInstance randomPool(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 12 + r.nextInt(30);
        int k = 2 + r.nextInt(Math.min(8, n / 3));
        String[][] values = {{"f", "m"}, {"young", "middle", "old"}, {"a", "b"}};
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String household = r.nextInt(4) == 0 ? "h" + r.nextInt(n / 2) : "solo" + i;
            people.add(new Person("p" + i, Map.of("gender", values[0][r.nextInt(2)], "age",
                    values[1][r.nextInt(3)], "area", values[2][r.nextInt(2)]), household));
        }
        List<Quota> quotas = new ArrayList<>();
        String[] categories = {"gender", "age", "area"};
        for (int c = 0; c < 3; c++) {
            for (String v : values[c]) {
                int share = k / values[c].length;
                int min = Math.max(0, share - 1 - r.nextInt(2));
                quotas.add(Quota.of(categories[c], v, min, Math.min(k, share + 1 + r.nextInt(2)), k));
            }
        }
        return new SortitionInstance(people, quotas, k);
    }

    @Test
    void randomSmallPoolsGiveFeasiblePanelsAndConsistentMarginals() throws Exception {
        int solved = 0;
        for (long seed = 1; seed <= 25; seed++) {
            SortitionInstance instance = randomPool(seed);
            if (!Feasibility.isFeasible(instance)) {
                var report = Feasibility.analyse(instance).orElseThrow();
                assertThat(report.conflicts()).isNotEmpty();
                if (report.relaxedQuotas() != null) {
                    assertThat(Feasibility.isFeasible(instance.withQuotas(report.relaxedQuotas()))).isTrue();
                }
                continue;
            }
            solved++;
            SortitionResult leximin = Leximin.solve(instance, Leximin.Options.defaults().withSeed(seed),
                    ProgressListener.NONE, CancellationToken.NONE);
            LeximinTest.assertDistributionSound(instance, leximin);
            for (int i = 0; i < instance.n(); i++) {
                assertThat(leximin.probabilities()[i]).isBetween(-1e-9, 1 + 1e-9);
                assertThat(leximin.probabilities()[i]).isGreaterThanOrEqualTo(leximin.leximinLevels()[i] - 1e-3);
            }
            Legacy legacy = new Legacy(instance);
            SplittableRandom random = new SplittableRandom(seed);
            for (int d = 0; d < 30; d++) {
                assertThat(instance.checkPanel(legacy.draw(random))).isEmpty();
            }
            SortitionResult estimate = legacy.estimate(400, seed, null);
            double sum = 0;
            for (double p : estimate.probabilities()) {
                sum += p;
            }
            assertThat(sum).isCloseTo(instance.k(), org.assertj.core.api.Assertions.within(1e-9));
            // LEXIMIN maximises the minimum: no sampled LEGACY minimum can beat it by more than noise
            assertThat(leximin.stats().min()).isGreaterThanOrEqualTo(estimate.stats().min() - 0.05);
        }
        assertThat(solved).isGreaterThan(10);
    }

    @Test
    void householdsNeverShareAPanel() throws Exception {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(new Person("p" + i, Map.of("g", i % 2 == 0 ? "f" : "m"), "house" + (i / 2)));
        }
        // each house holds one f and one m; 10 houses, k = 6 with exact parity
        SortitionInstance instance = new SortitionInstance(people,
                List.of(Quota.of("g", "f", 3, 3, 6), Quota.of("g", "m", 3, 3, 6)), 6);
        assertThat(instance.households()).hasNumberOfRows(10);
        SortitionResult result = Leximin.solve(instance);
        LeximinTest.assertDistributionSound(instance, result);
        for (double p : result.probabilities()) {
            assertThat(p).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-3));
        }
    }
}
