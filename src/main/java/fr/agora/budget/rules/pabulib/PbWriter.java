package fr.agora.budget.rules.pabulib;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes an election in the Pabulib format, for open data and independent recounts. Parsing the
 * output with {@link PbParser} gives back the same content ({@link PbElection#sameContent}).
 */
public final class PbWriter {

    private PbWriter() {
    }

    /** Writes to a file (UTF-8, no BOM). */
    public static void write(PbElection e, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(e, w);
        }
    }

    /** Writes to a string. */
    public static String toString(PbElection e) {
        StringBuilder sb = new StringBuilder();
        try {
            write(e, sb);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return sb.toString();
    }

    /** Writes to any appendable. */
    public static void write(PbElection e, Appendable out) throws IOException {
        out.append("META\nkey;value\n");
        for (Map.Entry<String, String> m : e.meta().entrySet()) {
            out.append(field(m.getKey())).append(';').append(field(m.getValue())).append('\n');
        }
        out.append("PROJECTS\n");
        List<String> cols = e.projectColumns();
        line(out, cols);
        for (PbProject p : e.projects()) {
            int last = -1;
            for (int i = 0; i < cols.size(); i++) {
                if (p.fields().containsKey(cols.get(i))) {
                    last = i;
                }
            }
            for (int i = 0; i <= last; i++) {
                if (i > 0) {
                    out.append(';');
                }
                String v = p.fields().get(cols.get(i));
                out.append(field(v == null ? "" : v));
            }
            out.append('\n');
        }
        out.append("VOTES\n");
        boolean points = e.voteType().hasPoints();
        out.append("voter_id;vote").append(points ? ";points" : "");
        for (String c : e.voterColumns()) {
            out.append(';').append(field(c));
        }
        out.append('\n');
        if (e.voters().isEmpty()) {
            int id = 1;
            for (BallotGroup g : e.groups()) {
                for (int k = 0; k < g.multiplicity(); k++) {
                    out.append(Integer.toString(id++));
                    ballot(out, e, g, points);
                    out.append('\n');
                }
            }
            return;
        }
        for (PbVoter v : e.voters()) {
            out.append(field(v.id()));
            ballot(out, e, e.groups().get(v.group()), points);
            for (String x : v.extra()) {
                out.append(';');
                if (x != null) {
                    out.append(field(x));
                }
            }
            out.append('\n');
        }
    }

    private static void ballot(Appendable out, PbElection e, BallotGroup g, boolean points) throws IOException {
        out.append(';');
        int[] ps = g.projects();
        for (int i = 0; i < ps.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(e.projects().get(ps[i]).id());
        }
        if (points) {
            out.append(';');
            for (int i = 0; i < ps.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(Long.toString(g.points()[i]));
            }
        }
    }

    private static void line(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(field(fields.get(i)));
        }
        out.append('\n');
    }

    private static String field(String s) {
        if (s.indexOf(';') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
