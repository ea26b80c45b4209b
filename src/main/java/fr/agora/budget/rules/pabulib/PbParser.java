package fr.agora.budget.rules.pabulib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Streaming parser for the Pabulib {@code .pb} format (Faliszewski et al., arXiv:2012.06539).
 *
 * <p>Reads META, PROJECTS and VOTES line by line, groups identical ballots on the fly, and collects
 * every problem with its line number; if there is any, the file is refused with a
 * {@link PbFormatException} listing them all. Nothing is skipped silently.
 */
public final class PbParser {

    private static final Pattern DECIMAL = Pattern.compile("\\+?\\d+([.,]\\d+)?");
    private static final int MAX_PROBLEMS = 1000;

    private PbParser() {
    }

    /** Parses a file. */
    public static PbElection parse(Path file) throws IOException, PbFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), file.getFileName().toString());
        }
    }

    /** Parses a stream; {@code fileName} only appears in messages. */
    public static PbElection parse(Reader reader, String fileName) throws IOException, PbFormatException {
        return new State(fileName).run(new BufferedReader(reader, 1 << 16));
    }

    /** Parses a decimal with a point or a comma; null when not a plain non-negative decimal. */
    public static BigDecimal parseDecimal(String s) {
        if (!DECIMAL.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s.replace(',', '.').replace("+", ""));
    }

    private static final class GroupKey {
        final int[] projects;
        final long[] points;
        final int hash;

        GroupKey(int[] projects, long[] points) {
            this.projects = projects;
            this.points = points;
            this.hash = Arrays.hashCode(projects) * 31 + Arrays.hashCode(points);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GroupKey k && Arrays.equals(projects, k.projects) && Arrays.equals(points, k.points);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final class State {
        final String fileName;
        final List<PbFormatException.Problem> problems = new ArrayList<>();
        final Map<String, String> meta = new LinkedHashMap<>();
        final Map<String, Integer> metaLines = new HashMap<>();
        List<String> projectHeader;
        final List<PbProject> projects = new ArrayList<>();
        final Map<String, Integer> projectIndex = new HashMap<>();
        List<String> voterColumns = List.of();
        int voterIdCol = -1;
        int voteCol = -1;
        int pointsCol = -1;
        int[] extraCols = new int[0];
        int votesHeaderLength;
        final List<PbVoter> voters = new ArrayList<>();
        final Set<String> voterIds = new HashSet<>();
        final Map<GroupKey, Integer> groupIndex = new HashMap<>();
        final List<GroupKey> groupKeys = new ArrayList<>();
        final List<int[]> groupCounts = new ArrayList<>();
        VoteType voteType;
        BigDecimal budget;
        String section = "";
        boolean expectHeader;
        int lineNo;
        int startLine;
        final boolean[] seen = new boolean[3];

        State(String fileName) {
            this.fileName = fileName;
        }

        void problem(int line, String message) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new PbFormatException.Problem(line, message));
            }
        }

        PbElection run(BufferedReader in) throws IOException, PbFormatException {
            String line;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                lineNo++;
                startLine = lineNo;
                if (first) {
                    first = false;
                    if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                        line = line.substring(1);
                    }
                }
                if (line.indexOf('"') >= 0) {
                    // a quoted field may run over several lines
                    while (unbalanced(line)) {
                        String next = in.readLine();
                        if (next == null) {
                            problem(startLine, "guillemet non fermé");
                            break;
                        }
                        lineNo++;
                        line = line + "\n" + next;
                    }
                    handle(splitQuoted(line));
                } else {
                    handle(line);
                }
            }
            return finish();
        }

        void handle(String line) {
            if (line.isBlank()) {
                return;
            }
            if ("VOTES".equals(section) && !expectHeader) {
                vote(line);
                return;
            }
            handle(split(line));
        }

        void handle(String[] row) {
            if (row.length == 0 || row.length == 1 && row[0].isBlank()) {
                return;
            }
            String head = row[0].strip();
            if (row.length == 1 || row.length > 1 && allBlank(row, 1)) {
                String s = head.toUpperCase();
                if (s.equals("META") || s.equals("PROJECTS") || s.equals("VOTES")) {
                    int idx = s.equals("META") ? 0 : s.equals("PROJECTS") ? 1 : 2;
                    if (seen[idx]) {
                        problem(startLine, "section " + s + " répétée");
                    }
                    seen[idx] = true;
                    if (idx == 1 && !seen[0] || idx == 2 && !seen[1]) {
                        problem(startLine, "section " + s + " avant la section qui doit la précéder");
                    }
                    if (idx == 1) {
                        checkMeta();
                    }
                    section = s;
                    expectHeader = true;
                    return;
                }
            }
            if (section.isEmpty()) {
                problem(startLine, "ligne hors section (META, PROJECTS ou VOTES attendu) « " + abbreviate(String.join(";", row)) + " »");
                return;
            }
            if (expectHeader) {
                expectHeader = false;
                header(row);
                return;
            }
            switch (section) {
                case "META" -> metaRow(row);
                case "PROJECTS" -> projectRow(row);
                default -> vote(row);
            }
        }

        void header(String[] row) {
            List<String> h = new ArrayList<>();
            for (String s : row) {
                h.add(s.strip());
            }
            switch (section) {
                case "META" -> {
                    // "key;value": nothing to check
                }
                case "PROJECTS" -> {
                    if (h.isEmpty() || !h.get(0).equals("project_id") || !h.contains("cost")) {
                        problem(startLine, "en-tête PROJECTS invalide : « project_id » en premier et « cost » sont obligatoires");
                    }
                    projectHeader = h;
                }
                default -> {
                    voterIdCol = h.indexOf("voter_id");
                    voteCol = h.indexOf("vote");
                    pointsCol = h.indexOf("points");
                    votesHeaderLength = h.size();
                    if (voterIdCol < 0 || voteCol < 0) {
                        problem(startLine, "en-tête VOTES invalide : « voter_id » et « vote » sont obligatoires");
                    }
                    if (voteType != null && voteType.hasPoints() && pointsCol < 0) {
                        problem(startLine, "vote de type " + voteType.label() + " sans colonne « points »");
                    }
                    List<String> extra = new ArrayList<>();
                    List<Integer> cols = new ArrayList<>();
                    for (int i = 0; i < h.size(); i++) {
                        if (i != voterIdCol && i != voteCol && i != pointsCol) {
                            extra.add(h.get(i));
                            cols.add(i);
                        }
                    }
                    voterColumns = List.copyOf(extra);
                    extraCols = cols.stream().mapToInt(Integer::intValue).toArray();
                }
            }
        }

        void metaRow(String[] row) {
            if (row.length < 2) {
                problem(startLine, "ligne META sans valeur « " + abbreviate(row[0]) + " »");
                return;
            }
            if (row.length > 2 && !allBlank(row, 2)) {
                problem(startLine, "ligne META avec plus de deux champs");
                return;
            }
            String key = row[0].strip();
            if (meta.containsKey(key)) {
                problem(startLine, "clé META répétée « " + key + " »");
            }
            meta.put(key, row[1].strip());
            metaLines.put(key, startLine);
        }

        void checkMeta() {
            String b = meta.get("budget");
            if (b == null) {
                problem(startLine, "META sans « budget »");
            } else {
                budget = parseDecimal(b);
                if (budget == null) {
                    problem(metaLines.get("budget"), "budget invalide « " + abbreviate(b) + " »");
                }
            }
            String vt = meta.get("vote_type");
            if (vt == null) {
                problem(startLine, "META sans « vote_type »");
            } else {
                voteType = VoteType.of(vt);
                if (voteType == null) {
                    problem(metaLines.get("vote_type"), "type de vote inconnu « " + abbreviate(vt) + " »");
                }
            }
        }

        void projectRow(String[] row) {
            if (projectHeader == null) {
                return;
            }
            if (row.length > projectHeader.size() && !allBlank(row, projectHeader.size())) {
                problem(startLine, "ligne PROJECTS avec " + row.length + " champs pour " + projectHeader.size() + " colonnes");
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(row.length, projectHeader.size()); i++) {
                fields.put(projectHeader.get(i), row[i].strip());
            }
            String id = row[0].strip();
            if (id.isEmpty()) {
                problem(startLine, "identifiant de projet vide");
                return;
            }
            if (id.contains(",")) {
                problem(startLine, "identifiant de projet avec une virgule « " + abbreviate(id) + " »");
                return;
            }
            String c = fields.get("cost");
            BigDecimal cost = c == null ? null : parseDecimal(c);
            if (c == null || c.isEmpty()) {
                problem(startLine, "coût manquant pour le projet « " + abbreviate(id) + " »");
                return;
            }
            if (cost == null) {
                problem(startLine, "coût invalide « " + abbreviate(c) + " »");
                return;
            }
            for (String col : new String[] {"votes", "score"}) {
                String v = fields.get(col);
                if (v != null && !v.isEmpty() && !v.equalsIgnoreCase("none") && parseDecimal(v) == null) {
                    problem(startLine, col + " invalide « " + abbreviate(v) + " »");
                }
            }
            if (projectIndex.putIfAbsent(id, projects.size()) != null) {
                problem(startLine, "projet en double « " + abbreviate(id) + " »");
                return;
            }
            projects.add(new PbProject(id, cost, fields));
        }

        void vote(String line) {
            // fast path for the VOTES section: no quotes on this line
            vote(split(line));
        }

        void vote(String[] row) {
            if (voteCol < 0 || voterIdCol < 0) {
                return;
            }
            if (row.length > votesHeaderLength && !allBlank(row, votesHeaderLength)) {
                problem(startLine, "ligne VOTES avec " + row.length + " champs pour " + votesHeaderLength + " colonnes");
                return;
            }
            String voterId = voterIdCol < row.length ? row[voterIdCol].strip() : "";
            if (voterId.isEmpty()) {
                problem(startLine, "identifiant de votant vide");
                return;
            }
            if (!voterIds.add(voterId)) {
                problem(startLine, "votant en double « " + abbreviate(voterId) + " »");
                return;
            }
            String vote = voteCol < row.length ? row[voteCol].strip() : "";
            int[] ids = parseIds(vote);
            if (ids == null) {
                return;
            }
            long[] points = null;
            if (voteType != null && voteType.hasPoints()) {
                String p = pointsCol >= 0 && pointsCol < row.length ? row[pointsCol].strip() : "";
                points = parsePoints(p, ids.length);
                if (points == null) {
                    return;
                }
            }
            if (voteType == VoteType.CHOOSE_1 && ids.length > 1) {
                problem(startLine, "vote choose-1 avec " + ids.length + " projets");
                return;
            }
            GroupKey key = normalise(ids, points);
            Integer g = groupIndex.get(key);
            if (g == null) {
                g = groupKeys.size();
                groupIndex.put(key, g);
                groupKeys.add(key);
                groupCounts.add(new int[1]);
            }
            groupCounts.get(g)[0]++;
            String[] extra = new String[extraCols.length];
            for (int i = 0; i < extraCols.length; i++) {
                extra[i] = extraCols[i] < row.length ? row[extraCols[i]].strip() : null;
            }
            voters.add(new PbVoter(voterId, g, extra));
        }

        int[] parseIds(String vote) {
            if (vote.isEmpty()) {
                return new int[0];
            }
            int count = 1;
            for (int i = 0; i < vote.length(); i++) {
                if (vote.charAt(i) == ',') {
                    count++;
                }
            }
            int[] ids = new int[count];
            int start = 0;
            for (int k = 0; k < count; k++) {
                int end = vote.indexOf(',', start);
                if (end < 0) {
                    end = vote.length();
                }
                String id = vote.substring(start, end).strip();
                Integer idx = projectIndex.get(id);
                if (idx == null) {
                    problem(startLine, id.isEmpty() ? "identifiant de projet vide dans le vote"
                            : "projet inconnu « " + abbreviate(id) + " » dans le vote");
                    return null;
                }
                ids[k] = idx;
                start = end + 1;
            }
            for (int a = 0; a < ids.length; a++) {
                for (int b = a + 1; b < ids.length; b++) {
                    if (ids[a] == ids[b]) {
                        problem(startLine, "projet « " + projects.get(ids[a]).id() + " » répété dans le vote");
                        return null;
                    }
                }
            }
            return ids;
        }

        long[] parsePoints(String p, int n) {
            if (p.isEmpty() && n == 0) {
                return new long[0];
            }
            String[] parts = p.split(",", -1);
            if (parts.length != n) {
                problem(startLine, parts.length + " points pour " + n + " projets");
                return null;
            }
            long[] pts = new long[n];
            for (int i = 0; i < n; i++) {
                String s = parts[i].strip();
                try {
                    pts[i] = Long.parseLong(s);
                } catch (NumberFormatException e) {
                    BigDecimal d = parseDecimal(s);
                    if (d != null && d.stripTrailingZeros().scale() <= 0) {
                        pts[i] = d.longValueExact();
                    } else {
                        problem(startLine, "points invalides « " + abbreviate(s) + " » (entier attendu)");
                        return null;
                    }
                }
            }
            return pts;
        }

        GroupKey normalise(int[] ids, long[] points) {
            if (voteType == VoteType.ORDINAL || ids.length < 2) {
                return new GroupKey(ids, points);
            }
            if (points == null) {
                Arrays.sort(ids);
                return new GroupKey(ids, null);
            }
            Integer[] order = new Integer[ids.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
            int[] sid = new int[ids.length];
            long[] spt = new long[ids.length];
            for (int i = 0; i < order.length; i++) {
                sid[i] = ids[order[i]];
                spt[i] = points[order[i]];
            }
            return new GroupKey(sid, spt);
        }

        PbElection finish() throws PbFormatException {
            if (!seen[0]) {
                problem(0, "section META absente");
            }
            if (!seen[1]) {
                problem(0, "section PROJECTS absente");
            } else if (projects.isEmpty() && projectHeader != null) {
                problem(0, "aucun projet");
            }
            if (!seen[2]) {
                problem(0, "section VOTES absente");
            }
            if (!problems.isEmpty()) {
                problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
                throw new PbFormatException(fileName, problems);
            }
            List<BallotGroup> groups = new ArrayList<>(groupKeys.size());
            for (int i = 0; i < groupKeys.size(); i++) {
                GroupKey k = groupKeys.get(i);
                groups.add(new BallotGroup(k.projects, k.points, groupCounts.get(i)[0]));
            }
            return new PbElection(fileName, meta, List.copyOf(projectHeader), List.copyOf(projects), voterColumns,
                    voters, List.copyOf(groups), budget, voteType);
        }
    }

    private static boolean allBlank(String[] row, int from) {
        for (int i = from; i < row.length; i++) {
            if (!row[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    private static String[] split(String line) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ';') {
                count++;
            }
        }
        String[] out = new String[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = line.indexOf(';', start);
            if (end < 0) {
                end = line.length();
            }
            out[k] = line.substring(start, end);
            start = end + 1;
        }
        return out;
    }

    private static boolean unbalanced(String line) {
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                quotes++;
            }
        }
        return (quotes & 1) == 1;
    }

    /** Splits a line with CSV quoting ({@code "a;b"}, doubled quotes inside). */
    private static String[] splitQuoted(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                inQuotes = true;
            } else if (c == ';') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
