package fr.agora.budget.rules.cli;

import fr.agora.budget.rules.Explanation;
import fr.agora.budget.rules.Outcome;
import fr.agora.budget.rules.PbInstance;
import fr.agora.budget.rules.PbRules;
import fr.agora.budget.rules.TieBreak;
import fr.agora.budget.rules.pabulib.PbElection;
import fr.agora.budget.rules.pabulib.PbFormatException;
import fr.agora.budget.rules.pabulib.PbParser;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code pb --input FILE.pb --rule RULE [--tie-break pabutools|equalshares] [--increment N] [--explain]}:
 * prints one JSON object {@code {"rule":…,"selected":[…],"totalCost":"…","budget":"…","seconds":…}}.
 * Exit codes: 0 success, 1 bad input file, 2 bad arguments.
 */
public final class PbCli {

    private PbCli() {
    }

    /** Runs the command. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String input = null;
        String rule = null;
        TieBreak tie = null;
        BigDecimal increment = BigDecimal.ONE;
        long seed = TieBreak.DEFAULT_SEED;
        boolean explain = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--input", "--rule", "--tie-break", "--increment", "--seed" -> {
                    if (v == null) {
                        return usage(err, "valeur manquante après " + a);
                    }
                    i++;
                    switch (a) {
                        case "--input" -> input = v;
                        case "--rule" -> rule = v;
                        case "--tie-break" -> {
                            if (v.equals("pabutools")) {
                                tie = TieBreak.PABUTOOLS;
                            } else if (v.equals("equalshares")) {
                                tie = TieBreak.EQUALSHARES;
                            } else {
                                return usage(err, "--tie-break attend pabutools ou equalshares, pas « " + v + " »");
                            }
                        }
                        case "--increment" -> {
                            increment = PbParser.parseDecimal(v);
                            if (increment == null || increment.signum() <= 0) {
                                return usage(err, "--increment attend un nombre positif, pas « " + v + " »");
                            }
                        }
                        default -> {
                            try {
                                seed = Long.parseLong(v);
                            } catch (NumberFormatException e) {
                                return usage(err, "--seed attend un entier, pas « " + v + " »");
                            }
                        }
                    }
                }
                case "--explain" -> explain = true;
                case "--help", "-h" -> {
                    usage(out, null);
                    return 0;
                }
                default -> {
                    return usage(err, "argument inconnu « " + a + " »");
                }
            }
        }
        if (input == null || rule == null) {
            return usage(err, "--input et --rule sont obligatoires");
        }
        if (!PbRules.ruleKeys().contains(rule)) {
            return usage(err, "règle inconnue « " + rule + " »");
        }
        Path file = Path.of(input);
        PbElection election;
        try {
            election = PbParser.parse(file);
        } catch (NoSuchFileException e) {
            err.println(file.getFileName() + " : fichier introuvable");
            return 1;
        } catch (IOException e) {
            err.println(file.getFileName() + " : lecture impossible (" + e.getMessage() + ")");
            return 1;
        } catch (PbFormatException e) {
            err.println(e.getMessage().replace('\n', ' '));
            return 1;
        }
        if (!Files.isRegularFile(file)) {
            err.println(file.getFileName() + " : pas un fichier");
            return 1;
        }
        long t0 = System.nanoTime();
        Outcome o;
        try {
            PbInstance in = new PbInstance(election);
            o = PbRules.compute(in, rule, new PbRules.Options(tie, increment, seed, explain));
        } catch (IllegalArgumentException | ArithmeticException e) {
            err.println(file.getFileName() + " : " + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.println(toJson(o, seconds, explain));
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        if (problem != null) {
            err.println("pb : " + problem);
        }
        err.println("Usage: pb --input FICHIER.pb --rule RÈGLE [--tie-break pabutools|equalshares] [--increment N]"
                + " [--explain] [--seed N]");
        err.println("Règles : " + String.join(", ", PbRules.ruleKeys()));
        return problem == null ? 0 : 2;
    }

    /** The output object; {@code explanation} only with --explain. */
    static String toJson(Outcome o, double seconds, boolean explain) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"rule\":").append(str(o.rule())).append(",\"selected\":");
        strings(sb, o.selected());
        sb.append(",\"totalCost\":").append(str(o.totalCost().toPlainString()))
                .append(",\"budget\":").append(str(o.budget().toPlainString()))
                .append(",\"seconds\":").append(String.format(Locale.ROOT, "%.6f", seconds));
        if (explain && o.explanation() != null) {
            Explanation e = o.explanation();
            sb.append(",\"explanation\":{\"method\":").append(str(e.method()));
            if (e.perVoterBudget() != null) {
                sb.append(",\"perVoterBudget\":").append(str(e.perVoterBudget().toPlainString()))
                        .append(",\"mesRuns\":").append(e.mesRuns());
            }
            sb.append(",\"winners\":[");
            for (int i = 0; i < e.winners().size(); i++) {
                Explanation.Winner w = e.winners().get(i);
                sb.append(i > 0 ? "," : "").append("{\"id\":").append(str(w.id()))
                        .append(",\"cost\":").append(str(w.cost().toPlainString()))
                        .append(",\"stage\":").append(str(w.stage().name()))
                        .append(",\"votes\":").append(w.votes())
                        .append(",\"effectiveVotes\":").append(str(w.effectiveVotes().toPlainString()))
                        .append(",\"payments\":[");
                for (int k = 0; k < w.payments().size(); k++) {
                    Explanation.Payment p = w.payments().get(k);
                    sb.append(k > 0 ? "," : "").append("{\"ballot\":");
                    strings(sb, p.ballot());
                    sb.append(",\"voters\":").append(p.voters()).append(",\"paidPerVoter\":")
                            .append(str(p.paidPerVoter().toPlainString())).append('}');
                }
                sb.append("]}");
            }
            sb.append("],\"losers\":[");
            for (int i = 0; i < e.losers().size(); i++) {
                Explanation.Loser l = e.losers().get(i);
                sb.append(i > 0 ? "," : "").append("{\"id\":").append(str(l.id()))
                        .append(",\"cost\":").append(str(l.cost().toPlainString()))
                        .append(",\"votes\":").append(l.votes())
                        .append(",\"reason\":").append(str(l.reason().name()));
                if (l.supportersMoney() != null) {
                    sb.append(",\"supportersMoney\":").append(str(l.supportersMoney().toPlainString()));
                }
                sb.append(",\"remainingBudget\":").append(str(l.remainingBudget().toPlainString())).append('}');
            }
            sb.append("]}");
        }
        return sb.append('}').toString();
    }

    private static void strings(StringBuilder sb, List<String> l) {
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
            sb.append(i > 0 ? "," : "").append(str(l.get(i)));
        }
        sb.append(']');
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
