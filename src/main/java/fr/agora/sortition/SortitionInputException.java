package fr.agora.sortition;

/**
 * Bad input: a missing column, an unknown value, malformed CSV, an impossible panel size…
 * Carries the file, the line (1-based, 0 when the problem concerns the whole file) and the problem,
 * so the command line can print one precise line.
 */
public class SortitionInputException extends Exception {

    private final String file;
    private final int line;
    private final String problem;

    public SortitionInputException(String file, int line, String problem) {
        super(line > 0 ? file + " ligne " + line + " : " + problem : file + " : " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** File name as given on the command line (or a label). */
    public String file() {
        return file;
    }

    /** 1-based line number, 0 when the whole file is concerned. */
    public int line() {
        return line;
    }

    /** The problem, without file and line. */
    public String problem() {
        return problem;
    }
}
