package fr.agora.sortition.cli;

import fr.agora.sortition.InfeasibleQuotasException;
import fr.agora.sortition.Legacy;
import fr.agora.sortition.Leximin;
import fr.agora.sortition.ProgressListener;
import fr.agora.sortition.CancellationToken;
import fr.agora.sortition.SortitionInputException;
import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.SortitionResult;
import fr.agora.sortition.Stats;
import fr.agora.sortition.draw.DrawProtocol;
import fr.agora.sortition.draw.DrawRecord;
import fr.agora.sortition.io.PoolReader;
import fr.agora.sortition.seats.SeatLog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code agora sortition leximin|legacy|draw|verify …}: the auditable command line of the sortition engine.
 *
 * <pre>
 * sortition leximin --people P.csv --quotas Q.csv --panel-size K [--id-column C] [--address-columns a,b]
 *                   [--format panelot|sf] [--seed S] [--out probs.csv]
 * sortition legacy  … [--draws N] [--out probs.csv]
 * sortition draw    … --entropy "…" --out record.json
 * sortition verify  --record record.json --people P.csv --quotas Q.csv [--panel-size K] [--entropy "…"]
 *                   [--seats seats.jsonl] …
 * </pre>
 * leximin and legacy write {@code agent_id,probability} and print one JSON line
 * {@code {"n","k","min","max","gini","geomean","panels","seconds"}}. Exit codes: 0 success, 1 record
 * rejected by verify, 2 bad usage or bad input (one line naming file, line and problem), 3 infeasible
 * quotas (one line with the conflict and the proposed relaxation), 4 internal error. With {@code --seats}, verify
 * also replays the seats file ({@link SeatLog}): the seat assignment and every replacement from the reserve.
 */
public final class SortitionCli {

    private static final Set<String> FLAGS = Set.of("people", "quotas", "panel-size", "id-column", "address-columns",
            "format", "seed", "out", "draws", "entropy", "record", "seats");

    private SortitionCli() {
    }

    /** Entry point registered in {@code AgoraCli}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
                usage(args.length == 0 ? err : out);
                return args.length == 0 ? 2 : 0;
            }
            Map<String, String> flags = parse(Arrays.copyOfRange(args, 1, args.length));
            return switch (args[0]) {
                case "leximin" -> leximin(flags, out);
                case "legacy" -> legacy(flags, out);
                case "draw" -> draw(flags, out);
                case "verify" -> verify(flags, out, err);
                default -> throw new UsageException("sous-commande inconnue « " + args[0] + " »");
            };
        } catch (UsageException e) {
            err.println(oneLine("sortition : " + e.getMessage()));
            return 2;
        } catch (SortitionInputException e) {
            err.println(oneLine(e.getMessage()));
            return 2;
        } catch (InfeasibleQuotasException e) {
            err.println(oneLine(e.getMessage()));
            return 3;
        } catch (RuntimeException e) {
            err.println(oneLine("sortition : erreur interne : " + e));
            return 4;
        }
    }

    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private static void usage(PrintStream out) {
        out.println("Usage: sortition leximin|legacy|draw|verify --people P.csv --quotas Q.csv --panel-size K "
                + "[--id-column C] [--address-columns a,b] [--format panelot|sf] [--seed S] [--out F] "
                + "[--draws N] [--entropy E] [--record R] [--seats S]");
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }

    private static Map<String, String> parse(String[] args) throws UsageException {
        Map<String, String> flags = new HashMap<>();
        for (int a = 0; a < args.length; a++) {
            String arg = args[a];
            if (!arg.startsWith("--")) {
                throw new UsageException("argument inattendu « " + arg + " »");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (a + 1 >= args.length) {
                    throw new UsageException("valeur manquante pour --" + name);
                }
                value = args[++a];
            }
            if (!FLAGS.contains(name)) {
                throw new UsageException("option inconnue --" + name);
            }
            if (flags.put(name, value) != null) {
                throw new UsageException("option --" + name + " répétée");
            }
        }
        return flags;
    }

    private static String required(Map<String, String> flags, String name) throws UsageException {
        String v = flags.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("option --" + name + " obligatoire");
        }
        return v;
    }

    private static long number(Map<String, String> flags, String name, long fallback) throws UsageException {
        String v = flags.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " « " + v + " » n'est pas un entier");
        }
    }

    private static SortitionInstance instance(Map<String, String> flags, Integer panelSizeFallback)
            throws UsageException, SortitionInputException {
        Path people = Path.of(required(flags, "people"));
        Path quotas = Path.of(required(flags, "quotas"));
        long k = flags.containsKey("panel-size") || panelSizeFallback == null ? number(flags, "panel-size", -1)
                : panelSizeFallback;
        if (!flags.containsKey("panel-size") && panelSizeFallback == null) {
            throw new UsageException("option --panel-size obligatoire");
        }
        if (k < 1 || k > Integer.MAX_VALUE) {
            throw new UsageException("--panel-size doit être un entier positif");
        }
        PoolReader.Format format = null;
        String f = flags.get("format");
        if (f != null) {
            format = switch (f.trim().toLowerCase(Locale.ROOT)) {
                case "panelot" -> PoolReader.Format.PANELOT;
                case "sf" -> PoolReader.Format.SF;
                default -> throw new UsageException("--format « " + f + " » : panelot ou sf attendu");
            };
        }
        List<String> address = flags.containsKey("address-columns")
                ? Arrays.stream(flags.get("address-columns").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList() : List.of();
        return PoolReader.read(people, quotas, (int) k, new PoolReader.Options(format, flags.get("id-column"),
                address));
    }

    private static int leximin(Map<String, String> flags, PrintStream out)
            throws UsageException, SortitionInputException, InfeasibleQuotasException {
        SortitionInstance instance = instance(flags, null);
        long seed = number(flags, "seed", 0);
        SortitionResult result = Leximin.solve(instance, Leximin.Options.defaults().withSeed(seed),
                ProgressListener.NONE, CancellationToken.NONE);
        return report(instance, result, flags, out);
    }

    private static int legacy(Map<String, String> flags, PrintStream out)
            throws UsageException, SortitionInputException, InfeasibleQuotasException {
        SortitionInstance instance = instance(flags, null);
        long draws = number(flags, "draws", 10000);
        if (draws < 1 || draws > 100_000_000) {
            throw new UsageException("--draws doit être entre 1 et 100000000");
        }
        SortitionResult result = new Legacy(instance).estimate((int) draws, number(flags, "seed", 0), null);
        return report(instance, result, flags, out);
    }

    private static int report(SortitionInstance instance, SortitionResult result, Map<String, String> flags,
                              PrintStream out) throws UsageException {
        if (flags.containsKey("out")) {
            StringBuilder csv = new StringBuilder("agent_id,probability\n");
            for (int i = 0; i < instance.n(); i++) {
                csv.append(csvField(instance.people().get(i).id())).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", result.probabilities()[i])).append('\n');
            }
            write(Path.of(flags.get("out")), csv.toString());
        }
        Stats s = result.stats();
        out.println(String.format(Locale.ROOT,
                "{\"n\":%d,\"k\":%d,\"min\":%.6f,\"max\":%.6f,\"gini\":%.6f,\"geomean\":%.6f,\"panels\":%d,\"seconds\":%.3f}",
                instance.n(), instance.k(), s.min(), s.max(), s.gini(), s.geomean(), result.panelsGenerated(),
                result.seconds()));
        return 0;
    }

    private static int draw(Map<String, String> flags, PrintStream out)
            throws UsageException, SortitionInputException, InfeasibleQuotasException {
        String entropy = required(flags, "entropy");
        Path target = Path.of(required(flags, "out"));
        SortitionInstance instance = instance(flags, null);
        long seed = number(flags, "seed", 0);
        SortitionResult result = Leximin.solve(instance, Leximin.Options.defaults().withSeed(seed),
                ProgressListener.NONE, CancellationToken.NONE);
        DrawRecord record = DrawProtocol.draw(instance, result, entropy, seed);
        write(target, record.toJson());
        out.println("{\"commitment\":\"" + record.commitment() + "\",\"seed\":\"" + record.seed() + "\",\"number\":"
                + record.number() + ",\"panel\":" + record.panel().size() + "}");
        return 0;
    }

    private static byte[] read(Path path) throws SortitionInputException {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SortitionInputException(path.getFileName().toString(), 0, "fichier introuvable");
        } catch (IOException e) {
            throw new SortitionInputException(path.getFileName().toString(), 0, "lecture impossible");
        }
    }

    private static int verify(Map<String, String> flags, PrintStream out, PrintStream err)
            throws UsageException, SortitionInputException {
        byte[] bytes = read(Path.of(required(flags, "record")));
        byte[] seats = flags.containsKey("seats") ? read(Path.of(flags.get("seats"))) : null;
        Integer k = null;
        if (!flags.containsKey("panel-size")) {
            try {
                k = DrawRecord.parse(bytes).k();
            } catch (IllegalArgumentException e) {
                err.println(oneLine("registre invalide : " + e.getMessage()));
                return 1;
            }
        }
        SortitionInstance instance = instance(flags, k);
        Optional<String> problem = DrawProtocol.verify(bytes, instance, flags.get("entropy"));
        if (problem.isPresent()) {
            err.println(oneLine("registre invalide : " + problem.get()));
            return 1;
        }
        if (seats == null) {
            out.println("registre valide");
            return 0;
        }
        DrawRecord record = DrawRecord.parse(bytes);
        Optional<String> seatProblem = SeatLog.verify(seats, record, instance);
        if (seatProblem.isPresent()) {
            err.println(oneLine("registre valide mais " + seatProblem.get()));
            return 1;
        }
        SeatLog log = SeatLog.parse(seats, record, instance);
        long vacant = log.seats().stream().mapToLong(s -> (s.titulaire() == null ? 1 : 0) + (s.suppleant() == null ? 1 : 0))
                .sum();
        out.println("registre valide ; sièges valides : " + log.assignment().seats().size() + " sièges, "
                + log.entries().size() + " remplacement(s), " + vacant + " place(s) vacante(s), dernier hachage "
                + log.lastHash());
        return 0;
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static void write(Path path, String content) throws UsageException {
        try {
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("écriture impossible de " + path + " (" + e.getMessage() + ")");
        }
    }
}
