package fr.agora.sortition;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LeximinTest {

    private static void assertMatchesReference(SortitionInstance instance, String file) throws Exception {
        SortitionResult result = Leximin.solve(instance);
        Map<String, Double> reference = Fixtures.reference(file);
        assertThat(reference).hasSize(instance.n());
        for (int i = 0; i < instance.n(); i++) {
            String id = instance.people().get(i).id();
            assertThat(result.probabilities()[i]).as("agent %s", id).isCloseTo(reference.get(id), within(1e-3));
        }
        assertDistributionSound(instance, result);
    }

    static void assertDistributionSound(SortitionInstance instance, SortitionResult result) {
        double total = 0;
        double[] marginals = new double[instance.n()];
        for (int p = 0; p < result.panels().size(); p++) {
            assertThat(instance.checkPanel(result.panels().get(p))).isEmpty();
            total += result.weights()[p];
            for (int i : result.panels().get(p)) {
                marginals[i] += result.weights()[p];
            }
        }
        assertThat(total).isCloseTo(1, within(1e-9));
        double sum = 0;
        for (int i = 0; i < instance.n(); i++) {
            assertThat(marginals[i]).isCloseTo(result.probabilities()[i], within(1e-9));
            sum += marginals[i];
        }
        assertThat(sum).isCloseTo(instance.k(), within(1e-6));
    }

    @Test
    void exampleSmallGivesEveryoneOneTenth() throws Exception {
        assertMatchesReference(Fixtures.exampleSmall(), "example_small_20_leximin.csv");
    }

    @Test
    void sortitionFoundationFixtureWithHouseholds() throws Exception {
        SortitionInstance instance = Fixtures.sfFixture();
        // the household rule is on, as in the reference run, though no two candidates share an address
        assertThat(instance.people().get(0).household()).isNotNull();
        assertMatchesReference(instance, "sortition-algorithms_fixture_22_leximin.csv");
    }

    @Test
    void opendlpFixture() throws Exception {
        assertMatchesReference(Fixtures.opendlp(), "opendlp_monitoring_30_leximin.csv");
    }

    @Test
    void minimumMatchesPublishedProfileOfExampleSmall() throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.resource(
                "published_profiles/example_small_20_prob_allocs_data.csv"));
        double publishedMin = Double.MAX_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[0].equalsIgnoreCase("LexiMin")) {
                publishedMin = Math.min(publishedMin, Double.parseDouble(f[2]));
            }
        }
        assertThat(publishedMin).isCloseTo(0.1, within(1e-5));
        SortitionResult result = Leximin.solve(Fixtures.exampleSmall());
        assertThat(result.stats().min()).isCloseTo(publishedMin, within(1e-3));
    }

    @Test
    void reportsProgressAndHonoursCancellation() throws Exception {
        SortitionInstance instance = Fixtures.opendlp();
        List<ProgressListener.Phase> phases = new ArrayList<>();
        Leximin.solve(instance, Leximin.Options.defaults(), (phase, panels, fixed, n) -> {
            phases.add(phase);
            assertThat(fixed).isBetween(0, n);
        }, CancellationToken.NONE);
        assertThat(phases).contains(ProgressListener.Phase.WARM_START, ProgressListener.Phase.COLUMN_GENERATION,
                ProgressListener.Phase.DONE);

        CancellationToken token = new CancellationToken();
        assertThatThrownBy(() -> Leximin.solve(instance, Leximin.Options.defaults(), (phase, panels, fixed, n) -> {
            if (panels >= 5) {
                token.cancel();
            }
        }, token)).isInstanceOf(SortitionCancelledException.class);
    }

    /** The same progress and cancellation contract on the per-agent path (households force it in production). */
    @Test
    void perAgentPathReportsProgressAndHonoursCancellation() throws Exception {
        SortitionInstance instance = Fixtures.opendlp();
        List<ProgressListener.Phase> phases = new ArrayList<>();
        int[] lastFixed = {-1};
        SortitionResult result = Leximin.solve(instance, Leximin.Options.defaults(), (phase, panels, fixed, n) -> {
            phases.add(phase);
            assertThat(fixed).isBetween(0, n);
            assertThat(n).isEqualTo(instance.n());
            lastFixed[0] = fixed;
        }, CancellationToken.NONE, false);
        assertThat(phases).contains(ProgressListener.Phase.WARM_START, ProgressListener.Phase.COLUMN_GENERATION,
                ProgressListener.Phase.FINAL_LP);
        assertThat(phases.get(phases.size() - 1)).isEqualTo(ProgressListener.Phase.DONE);
        assertThat(lastFixed[0]).isEqualTo(instance.n());
        assertDistributionSound(instance, result);

        CancellationToken token = new CancellationToken();
        assertThatThrownBy(() -> Leximin.solve(instance, Leximin.Options.defaults(), (phase, panels, fixed, n) -> {
            if (panels >= 5) {
                token.cancel();
            }
        }, token, false)).isInstanceOf(SortitionCancelledException.class);
    }
}
