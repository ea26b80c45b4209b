package fr.agora.budget.rules.pabulib;

import java.util.List;

/**
 * A Pabulib file was refused. Carries every problem found, each with its line number, so that the
 * whole file can be fixed in one pass.
 */
public final class PbFormatException extends Exception {

    /** One bad line: 1-based line number (0 when the problem is not tied to a line) and reason. */
    public record Problem(int line, String message) {
    }

    private final String fileName;
    private final transient List<Problem> problems;

    public PbFormatException(String fileName, List<Problem> problems) {
        super(format(fileName, problems));
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    /** Every problem, in line order. */
    public List<Problem> problems() {
        return problems;
    }

    /** "file ligne N : reason" for one problem. */
    public static String describe(String fileName, Problem p) {
        return p.line() > 0 ? fileName + " ligne " + p.line() + " : " + p.message() : fileName + " : " + p.message();
    }

    private static String format(String fileName, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(describe(fileName, problems.get(0)));
        if (problems.size() > 1) {
            sb.append(" (et ").append(problems.size() - 1).append(" autre")
                    .append(problems.size() > 2 ? "s" : "").append(" erreur").append(problems.size() > 2 ? "s" : "")
                    .append(", lignes ");
            for (int i = 1; i < Math.min(problems.size(), 6); i++) {
                sb.append(i > 1 ? ", " : "").append(problems.get(i).line());
            }
            sb.append(problems.size() > 6 ? "…)" : ")");
        }
        return sb.toString();
    }
}
