package fr.agora.verifier;

import java.io.PrintStream;
import java.lang.reflect.Method;

/**
 * Entry point of {@code agora-verify.jar}, the small verifier: {@code sortition verify} (a draw record and its seats
 * file) and {@code pb} (a participatory budget count), without the web application or the database.
 *
 * <p>Compiled for Java 8 on purpose: on an older Java it prints one line saying which version is needed instead of
 * an {@code UnsupportedClassVersionError}; then it hands over to {@code fr.agora.AgoraCli} (Java 21).
 */
public final class AgoraVerify {

    /** The Java release the engines are compiled for. */
    static final int REQUIRED = 21;

    private AgoraVerify() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        int found = major(System.getProperty("java.specification.version", "0"));
        if (found < REQUIRED) {
            err.println("agora-verify : il faut Java " + REQUIRED + " ou plus récent (Java " + found + " trouvé) / "
                    + "agora-verify needs Java " + REQUIRED + " or newer (found Java " + found + ")");
            return 2;
        }
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        boolean sortitionVerify = args[0].equals("sortition") && (args.length == 1 || args[1].equals("verify")
                || args[1].equals("help") || args[1].equals("--help"));
        if (!sortitionVerify && !args[0].equals("pb")) {
            err.println("agora-verify : seules « sortition verify » et « pb » sont disponibles ici ; le calcul d'un "
                    + "tirage demande agora.jar / only « sortition verify » and « pb » are available here; computing "
                    + "a draw needs agora.jar");
            return 2;
        }
        Class<?> cli = Class.forName("fr.agora.AgoraCli");
        Method run = cli.getMethod("run", String[].class, PrintStream.class, PrintStream.class);
        return (Integer) run.invoke(null, args, out, err);
    }

    static int major(String version) {
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar agora-verify.jar sortition verify --record registre.json --people vivier.csv "
                + "--quotas quotas.csv [--seats sieges.jsonl] [--entropy \"…\"] [--format sf|panelot]");
        out.println("       java -jar agora-verify.jar pb --input FICHIER.pb --rule RÈGLE [--tie-break pabutools|"
                + "equalshares] [--explain]");
        out.println("Vérifie un tirage au sort ou recompte un budget participatif. / Verifies a draw or recounts a "
                + "participatory budget.");
    }
}
