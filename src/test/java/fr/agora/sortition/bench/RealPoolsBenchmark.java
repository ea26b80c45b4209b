package fr.agora.sortition.bench;

import fr.agora.sortition.SortitionInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process benchmark of {@code sortition leximin} on generated realistic pools (issue 19), as a draw operator
 * runs it: each pool is written by {@link RealisticPool}, then {@code java -jar JAR sortition leximin …} is run
 * {@code runs} times under {@code /usr/bin/time}; the median wall-clock and CPU (user + sys) times are printed as a
 * Markdown table, with the LEXIMIN minimum the command printed. Not a test.
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) fr.agora.sortition.bench.RealPoolsBenchmark \
 *      [--jar target/agora.jar] [--runs 3] [--timeout 900] [--only A,B,C,D]
 * </pre>
 */
public final class RealPoolsBenchmark {

    private RealPoolsBenchmark() {
    }

    private record Shape(String name, long seed, int n, int k, int categories, boolean households) {
    }

    static final List<Shape> SHAPES = List.of(
            new Shape("A", 1, 360, 30, 7, false),
            new Shape("B", 2, 1000, 50, 8, false),
            new Shape("C", 3, 400, 40, 7, true));

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        String jar = option(a, "--jar", "target/agora.jar");
        int runs = Integer.parseInt(option(a, "--runs", "3"));
        int timeout = Integer.parseInt(option(a, "--timeout", "900"));
        Set<String> only = new HashSet<>(Arrays.asList(option(a, "--only", "A,B,C,D").split(",")));
        String java = ProcessHandle.current().info().command().orElse("java");
        Path dir = Path.of("target", "bench-pools");
        System.out.printf("jar %s, %d runs, load average before: %s%n", jar, runs, load());
        System.out.println("| pool | n | k | categories | types | multi-person households | wall s (median) | CPU s "
                + "(median) | runs (wall s) | LEXIMIN min |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Shape s : SHAPES) {
            if (!only.contains(s.name())) {
                continue;
            }
            RealisticPool.Pool pool = RealisticPool.generate(s.seed(), s.n(), s.k(), s.categories(), s.households());
            Path p = dir.resolve(s.name());
            pool.write(p);
            SortitionInstance instance = pool.instance();
            Set<String> types = new HashSet<>();
            for (int i = 0; i < instance.n(); i++) {
                types.add(Arrays.toString(instance.agentQuotas(i)));
            }
            List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "TIME %e %U %S", "timeout",
                    String.valueOf(timeout), java, "--enable-native-access=ALL-UNNAMED", "-jar", jar, "sortition",
                    "leximin", "--people", p.resolve("respondents.csv").toString(), "--quotas",
                    p.resolve("categories.csv").toString(), "--panel-size", String.valueOf(s.k())));
            if (s.households()) {
                command.addAll(List.of("--address-columns", "address"));
            }
            row(s.name(), s.n(), s.k(), s.categories(), types.size(), instance.households().length, command, runs);
        }
        if (only.contains("D")) {
            Path p = dir.resolve("D");
            Files.createDirectories(p);
            SortitionInstance large = SortitionBenchmark.syntheticLarge();
            StringBuilder people = new StringBuilder("id,gender,leaning\n");
            large.people().forEach(x -> people.append(x.id()).append(',').append(x.features().get("gender"))
                    .append(',').append(x.features().get("leaning")).append('\n'));
            Files.writeString(p.resolve("respondents.csv"), people, StandardCharsets.UTF_8);
            StringBuilder quotas = new StringBuilder("feature,value,min,max\n");
            large.quotas().forEach(q -> quotas.append(q.category()).append(',').append(q.value()).append(',')
                    .append(q.min()).append(',').append(q.max()).append('\n'));
            Files.writeString(p.resolve("categories.csv"), quotas, StandardCharsets.UTF_8);
            List<String> command = List.of("/usr/bin/time", "-f", "TIME %e %U %S", "timeout", String.valueOf(timeout),
                    java, "--enable-native-access=ALL-UNNAMED", "-jar", jar, "sortition", "leximin", "--people",
                    p.resolve("respondents.csv").toString(), "--quotas", p.resolve("categories.csv").toString(),
                    "--panel-size", "200", "--format", "sf");
            row("D (synthetic 2000/200, typed)", 2000, 200, 2, 3, 0, command, runs);
        }
        System.out.printf("load average after: %s%n", load());
    }

    private static void row(String name, int n, int k, int categories, int types, int households,
                            List<String> command, int runs) throws Exception {
        List<double[]> times = new ArrayList<>();
        String min = "?";
        for (int r = 0; r < runs; r++) {
            Process process = new ProcessBuilder(command).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(2, TimeUnit.HOURS);
            String timing = err.lines().filter(l -> l.startsWith("TIME ")).reduce((x, y) -> y).orElse("TIME 0 0 0");
            String[] f = timing.split(" ");
            boolean ok = out.contains("\"min\":");
            times.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]) + Double.parseDouble(f[3]),
                    ok ? 1 : 0});
            if (ok) {
                min = out.replaceAll("(?s).*\"min\":([0-9.]+).*", "$1").strip();
            } else {
                System.err.println(name + ": run " + (r + 1) + " failed or timed out: " + err.strip());
            }
        }
        double[] wall = times.stream().mapToDouble(t -> t[0]).sorted().toArray();
        double[] cpu = times.stream().mapToDouble(t -> t[1]).sorted().toArray();
        boolean allOk = times.stream().allMatch(t -> t[2] == 1);
        StringBuilder each = new StringBuilder();
        for (double[] t : times) {
            each.append(each.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", t[0]))
                    .append(t[2] == 1 ? "" : " (cut)");
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %s%.1f | %.1f | %s | %s |%n", name, n, k,
                categories, types, households, allOk ? "" : "> ", wall[wall.length / 2], cpu[cpu.length / 2], each, min);
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
