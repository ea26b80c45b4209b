package fr.agora.sortition;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Exact type aggregation: same LEXIMIN as the per-agent path, exact marginals of the expanded panels. */
class TypedLeximinTest {

    /** Tight pricing tolerance so that both paths reach the (unique) LEXIMIN vector well within 1e-6. */
    private static final Leximin.Options TIGHT = new Leximin.Options(0, 1e-8, 0, 50);

    private static SortitionInstance withoutHouseholds(SortitionInstance instance) {
        List<Person> people = new ArrayList<>();
        for (Person p : instance.people()) {
            people.add(new Person(p.id(), p.features(), null));
        }
        return new SortitionInstance(people, instance.quotas(), instance.k());
    }

    private static void assertTypedEqualsPerAgent(SortitionInstance instance) throws Exception {
        TypeAggregation types = TypeAggregation.of(instance);
        assertThat(types.reduces()).as("fewer types than agents").isTrue();
        SortitionResult typed = Leximin.solve(instance, TIGHT, ProgressListener.NONE, CancellationToken.NONE, true);
        SortitionResult perAgent = Leximin.solve(instance, TIGHT, ProgressListener.NONE, CancellationToken.NONE,
                false);
        LeximinTest.assertDistributionSound(instance, typed);
        LeximinTest.assertDistributionSound(instance, perAgent);
        for (int i = 0; i < instance.n(); i++) {
            assertThat(typed.probabilities()[i]).as("agent %s", instance.people().get(i).id())
                    .isCloseTo(perAgent.probabilities()[i], within(1e-6));
        }
        assertEqualWithinTypes(types, typed);
    }

    /** Reported probabilities are constant on every type and equal to the marginals of the panels. */
    private static void assertEqualWithinTypes(TypeAggregation types, SortitionResult result) {
        for (int t = 0; t < types.count(); t++) {
            double first = result.probabilities()[types.members(t)[0]];
            for (int i : types.members(t)) {
                assertThat(result.probabilities()[i]).isCloseTo(first, within(1e-12));
                assertThat(result.leximinLevels()[i]).isEqualTo(result.leximinLevels()[types.members(t)[0]]);
            }
        }
    }

    @Test
    void exampleSmallTypedEqualsPerAgent() throws Exception {
        assertTypedEqualsPerAgent(Fixtures.exampleSmall());
    }

    @Test
    void opendlpTypedEqualsPerAgent() throws Exception {
        assertTypedEqualsPerAgent(Fixtures.opendlp());
    }

    @Test
    void sortitionFoundationFixtureWithoutHouseholdsTypedEqualsPerAgent() throws Exception {
        assertTypedEqualsPerAgent(withoutHouseholds(Fixtures.sfFixture()));
    }

    @Test
    void householdsDisableTheTypedPath() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(new Person("p" + i, Map.of("g", i % 2 == 0 ? "f" : "m"), "house" + (i / 2)));
        }
        SortitionInstance instance = new SortitionInstance(people,
                List.of(Quota.of("g", "f", 3, 3, 6), Quota.of("g", "m", 3, 3, 6)), 6);
        assertThat(TypeAggregation.of(instance).count()).isEqualTo(2);
        assertThat(TypeAggregation.of(instance).reduces()).isFalse();
        assertThat(TypeAggregation.of(withoutHouseholds(instance)).reduces()).isTrue();
    }

    @Test
    void expandedPanelsHaveExactlyTheTypeMarginals() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int typeCount = 1 + random.nextInt(4);
            List<Person> people = new ArrayList<>();
            int[] sizes = new int[typeCount];
            for (int t = 0; t < typeCount; t++) {
                sizes[t] = 1 + random.nextInt(40);
                for (int m = 0; m < sizes[t]; m++) {
                    people.add(new Person(t + "-" + m, Map.of("c", "v" + t), null));
                }
            }
            // interleave the types in pool order
            java.util.Collections.shuffle(people, new java.util.Random(trial));
            List<Quota> quotas = new ArrayList<>();
            for (int t = 0; t < typeCount; t++) {
                quotas.add(Quota.of("c", "v" + t, 0, sizes[t], people.size()));
            }
            int[] counts = new int[typeCount];
            int k = 0;
            for (int t = 0; t < typeCount; t++) {
                counts[t] = random.nextInt(sizes[t] + 1);
                k += counts[t];
            }
            if (k == 0) {
                counts[0] = 1;
                k = 1;
            }
            SortitionInstance instance = new SortitionInstance(people, quotas, k);
            TypeAggregation types = TypeAggregation.of(instance);
            int[] typeCounts = new int[types.count()];
            for (int t = 0; t < typeCount; t++) {
                typeCounts[types.typeOf(instance.indexOf(t + "-0"))] = counts[t];
            }
            double weight = 0.25 + random.nextDouble() / 2;
            List<int[]> panels = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            types.expand(typeCounts, weight, types.cyclicOrders(trial), panels, weights);
            double total = 0;
            double[] marginals = new double[instance.n()];
            Set<List<Integer>> distinct = new HashSet<>();
            for (int p = 0; p < panels.size(); p++) {
                assertThat(instance.checkPanel(panels.get(p))).isEmpty();
                assertThat(weights.get(p)).isPositive();
                assertThat(distinct.add(java.util.Arrays.stream(panels.get(p)).boxed().toList())).isTrue();
                total += weights.get(p);
                for (int i : panels.get(p)) {
                    marginals[i] += weights.get(p);
                }
            }
            assertThat(total).isCloseTo(weight, within(1e-12));
            long bound = 1;
            for (int t = 0; t < types.count(); t++) {
                int s = types.size(t);
                int c = typeCounts[t];
                bound += (c == 0 || c == s) ? 0 : s / java.math.BigInteger.valueOf(s).gcd(
                        java.math.BigInteger.valueOf(c)).intValue() - 1;
                for (int i : types.members(t)) {
                    assertThat(marginals[i]).isCloseTo(weight * c / s, within(1e-12));
                }
            }
            assertThat((long) panels.size()).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void singleTypeUsesEqualWeightRotations() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(new Person("p" + i, Map.of("c", "x"), null));
        }
        SortitionInstance instance = new SortitionInstance(people, List.of(Quota.of("c", "x", 0, 12, 12)), 8);
        TypeAggregation types = TypeAggregation.of(instance);
        List<int[]> panels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        types.expand(new int[] {8}, 0.6, types.cyclicOrders(3), panels, weights);
        // s / gcd(s, c) = 12 / 4 = 3 rotations of weight 0.6 / 3
        assertThat(panels).hasSize(3);
        for (double w : weights) {
            assertThat(w).isCloseTo(0.2, within(1e-15));
        }
    }

    @Test
    void distributionMarginalsEqualReportedProbabilitiesOnFixtures() throws Exception {
        for (SortitionInstance instance : List.of(Fixtures.exampleSmall(), Fixtures.opendlp())) {
            TypeAggregation types = TypeAggregation.of(instance);
            SortitionResult result = Leximin.solve(instance);
            // panels are feasible, weights sum to 1, marginals equal the probabilities within 1e-9
            LeximinTest.assertDistributionSound(instance, result);
            assertEqualWithinTypes(types, result);
        }
    }

    @Test
    void syntheticTwoCategoryPoolIsSolvedOverThreeTypes() throws Exception {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            people.add(new Person(Integer.toString(i), Map.of("gender", i < 1000 ? "female" : "male",
                    "leaning", i < 999 ? "liberal" : "conservative"), null));
        }
        SortitionInstance instance = new SortitionInstance(people, List.of(
                Quota.of("gender", "female", 90, 200, 200), Quota.of("gender", "male", 90, 200, 200),
                Quota.of("leaning", "liberal", 90, 200, 200), Quota.of("leaning", "conservative", 90, 200, 200)),
                200);
        assertThat(TypeAggregation.of(instance).count()).isEqualTo(3);
        SortitionResult result = Leximin.solve(instance);
        LeximinTest.assertDistributionSound(instance, result);
        assertThat(result.stats().min()).isCloseTo(0.1, within(1e-3));
        assertThat(result.seconds()).isLessThan(60);
    }
}
