package fr.agora.budget.rules.bench;

import fr.agora.budget.rules.Outcome;
import fr.agora.budget.rules.PbInstance;
import fr.agora.budget.rules.PbRules;
import fr.agora.budget.rules.pabulib.PbElection;
import fr.agora.budget.rules.pabulib.PbParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CLI benchmark (not a test): parse, greedy, MES and MES+Add1 times for every file in a Pabulib folder
 * (default ../shared/data/pb), JIT warmed up, median of several runs, with the ratio to the
 * {@code pabutools_seconds} of each reference JSON.
 *
 * <p>Run: {@code mvn -q -o test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * fr.agora.budget.rules.bench.PbBenchmark [folder]} (see docs/benchmarks-budget.md).
 */
public final class PbBenchmark {

    private PbBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/pb");
        JsonMapper json = JsonMapper.builder().build();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".pb")).sorted().toList();
        }
        System.out.printf(Locale.ROOT, "%-46s %7s %8s | %9s %9s | %9s %9s %8s | %9s %9s %8s | %9s %9s %8s%n",
                "file", "voters", "groups", "parse s", "pabu", "greedy s", "pabu", "ratio", "mes s", "pabu", "ratio",
                "add1 s", "pabu", "ratio");
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".pb", "");
            Path refFile = dir.resolve("reference/" + name + ".json");
            JsonNode ref = Files.exists(refFile) ? json.readTree(Files.readString(refFile)) : null;
            double parse = time(() -> parse(f), 5);
            PbElection e = parse(f);
            PbInstance in = new PbInstance(e);
            PbRules.Options o = PbRules.Options.defaults().withExplain(false);
            double greedy = time(() -> PbRules.compute(in, "greedy_by_votes", o), 20);
            double mes = time(() -> PbRules.compute(in, "mes_cost", o), 10);
            double add1 = time(() -> PbRules.compute(in, "mes_cost_add1", o), 3);
            System.out.printf(Locale.ROOT, "%-46s %7d %8d | %9.4f %9s | %9.5f %9s %8s | %9.5f %9s %8s | %9.4f %9s %8s%n",
                    name.length() > 46 ? name.substring(0, 46) : name, in.voterCount(), e.groups().size(),
                    parse, ref(ref, null, "parse"), greedy, ref(ref, "greedy_by_votes", null),
                    ratio(ref, "greedy_by_votes", greedy), mes, ref(ref, "mes_cost", null), ratio(ref, "mes_cost", mes),
                    add1, ref(ref, "mes_cost_add1", null), ratio(ref, "mes_cost_add1", add1));
        }
    }

    private static PbElection parse(Path f) {
        try {
            return PbParser.parse(f);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Median of {@code n} timed runs after as many warm-up runs (at least 3). */
    private static double time(Supplier<?> task, int n) {
        for (int i = 0; i < Math.max(3, n); i++) {
            task.get();
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            Object r = task.get();
            t[i] = (System.nanoTime() - t0) / 1e9;
            if (r instanceof Outcome o && o.selected() == null) {
                throw new IllegalStateException();
            }
        }
        java.util.Arrays.sort(t);
        return t[n / 2];
    }

    private static String ref(JsonNode ref, String rule, String parse) {
        Double v = pabu(ref, rule);
        if (parse != null && ref != null && ref.has("pabutools_parse_seconds")) {
            v = ref.get("pabutools_parse_seconds").asDouble();
        }
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static Double pabu(JsonNode ref, String rule) {
        if (ref == null || rule == null) {
            return null;
        }
        JsonNode o = ref.path("outcomes").path(rule).path("pabutools_seconds");
        return o.isNumber() ? o.asDouble() : null;
    }

    private static String ratio(JsonNode ref, String rule, double ours) {
        Double p = pabu(ref, rule);
        return p == null ? "-" : String.format(Locale.ROOT, "%.0fx", p / ours);
    }
}
