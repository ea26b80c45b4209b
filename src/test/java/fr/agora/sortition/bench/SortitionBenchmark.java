package fr.agora.sortition.bench;

import fr.agora.sortition.CancellationToken;
import fr.agora.sortition.Legacy;
import fr.agora.sortition.Leximin;
import fr.agora.sortition.Person;
import fr.agora.sortition.ProgressListener;
import fr.agora.sortition.Quota;
import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.SortitionResult;
import fr.agora.sortition.Stats;
import fr.agora.sortition.io.PoolReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wall-clock benchmark of LEXIMIN (and LEGACY's minimum for comparison), not part of the test suite:
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java --enable-native-access=ALL-UNNAMED -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      fr.agora.sortition.bench.SortitionBenchmark [data-dir] [--skip-large | --only-large]
 * </pre>
 * Runs the pools of {@code data-dir} (default {@code /work/shared/data/sortition}) and a synthetic
 * 2000-person, 200-seat, two-category pool shaped like the replication's example_large.
 */
public final class SortitionBenchmark {

    private SortitionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "/work/shared/data/sortition");
        boolean skipLarge = List.of(args).contains("--skip-large");
        int legacyDraws = 10_000;
        System.out.println("| instance | n | k | path (types) | LEXIMIN s | panels generated | support panels "
                + "| LEXIMIN min | LEXIMIN max | Gini | geo-mean | LEGACY min (" + legacyDraws + " draws) | LEGACY s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"example_small_20", "respondents.csv", "categories.csv", 20,
                new PoolReader.Options(PoolReader.Format.PANELOT, null, List.of())});
        cases.add(new Object[] {"sf_fixture_22", "candidates.csv", "features.csv", 22,
                new PoolReader.Options(PoolReader.Format.SF, "nationbuilder_id",
                        List.of("primary_address1", "primary_zip"))});
        cases.add(new Object[] {"opendlp_monitoring_30", "respondents.csv", "categories.csv", 30,
                new PoolReader.Options(PoolReader.Format.SF, "unique_id", List.of())});
        cases.add(new Object[] {"geneva_30", "respondents.csv", "categories.csv", 30,
                new PoolReader.Options(PoolReader.Format.PANELOT, null, List.of())});
        boolean onlyLarge = List.of(args).contains("--only-large");
        for (Object[] c : cases) {
            if (onlyLarge) {
                break;
            }
            Path dir = data.resolve((String) c[0]);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            SortitionInstance instance = PoolReader.read(dir.resolve((String) c[1]), dir.resolve((String) c[2]),
                    (Integer) c[3], (PoolReader.Options) c[4]);
            run((String) c[0], instance, legacyDraws);
        }
        if (!skipLarge) {
            run("synthetic 2000/200 (2 categories)", syntheticLarge(), legacyDraws);
        }
    }

    /** 999 female-liberal, 1000 male-conservative, 1 female-conservative; quotas 90..200 per value. */
    static SortitionInstance syntheticLarge() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String gender = i < 1000 ? "female" : "male";
            String leaning = i < 999 ? "liberal" : "conservative";
            people.add(new Person(Integer.toString(i), Map.of("gender", gender, "leaning", leaning), null));
        }
        List<Quota> quotas = List.of(Quota.of("gender", "female", 90, 200, 200), Quota.of("gender", "male", 90, 200, 200),
                Quota.of("leaning", "liberal", 90, 200, 200), Quota.of("leaning", "conservative", 90, 200, 200));
        return new SortitionInstance(people, quotas, 200);
    }

    private static void run(String name, SortitionInstance instance, int legacyDraws) throws Exception {
        long[] last = {System.nanoTime()};
        SortitionResult leximin = Leximin.solve(instance, Leximin.Options.defaults(), (phase, panels, fixed, n) -> {
            long now = System.nanoTime();
            if (now - last[0] > 30e9) {
                System.err.printf(Locale.ROOT, "  %s: %s panels=%d fixed=%d/%d%n", name, phase, panels, fixed, n);
                last[0] = now;
            }
        }, CancellationToken.NONE);
        Stats s = leximin.stats();
        SortitionResult legacy = new Legacy(instance).estimate(legacyDraws, 1, null);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %.1f | %d | %d | %.4f | %.4f | %.3f | %.4f | %.4f | %.1f |%n",
                name, instance.n(), instance.k(), path(instance), leximin.seconds(), leximin.panelsGenerated(),
                leximin.panels().size(), s.min(), s.max(), s.gini(), s.geomean(), legacy.stats().min(),
                legacy.seconds());
    }

    /**
     * "typed (T)" when the engine aggregates agents into T types (same quotas, no multi-person household),
     * else "per agent".
     */
    private static String path(SortitionInstance instance) {
        java.util.Set<String> types = new java.util.HashSet<>();
        for (int i = 0; i < instance.n(); i++) {
            types.add(java.util.Arrays.toString(instance.agentQuotas(i)));
        }
        return instance.households().length == 0 && types.size() < instance.n()
                ? "typed (" + types.size() + ")" : "per agent";
    }
}
