package fr.agora;

import fr.agora.sortition.cli.SortitionCli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command-line dispatch: {@code java -jar agora.jar <verb> [arguments]} runs an auditable tool
 * (a draw, a budget count) without starting Spring or the web application.
 *
 * <p>Each verb is a plain-Java {@link Command}. Feature issues register their verbs in {@link #VERBS}.
 */
public final class AgoraCli {

    /** One command-line tool. Returns the process exit code. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    private record Verb(String summary, Command command) {
    }

    private static final Map<String, Verb> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("help", new Verb("affiche cette aide / prints this help", (a, out, err) -> {
            usage(out);
            return 0;
        }));
        VERBS.put("pb", new Verb("budget participatif : calcul des lauréats (Pabulib)", fr.agora.budget.rules.cli.PbCli::run));
        VERBS.put("sortition", new Verb("tirage au sort : leximin, legacy, draw, verify", SortitionCli::run));
    }

    private AgoraCli() {
    }

    /** True when the arguments name a command-line verb rather than Spring Boot options. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Verb verb = VERBS.get(args[0]);
        if (verb == null) {
            err.println("agora: commande inconnue « " + args[0] + " » / unknown command");
            usage(err);
            return 2;
        }
        return verb.command().run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }

    static void usage(PrintStream out) {
        out.println("Usage: java -jar agora.jar [<commande> [arguments…]]");
        out.println("Sans commande, démarre le portail web. / Without a command, starts the web portal.");
        out.println("Commandes / commands:");
        VERBS.forEach((name, verb) -> out.printf("  %-12s %s%n", name, verb.summary()));
    }
}
