package fr.agora.sortition.seats;

import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.draw.CounterRng;
import fr.agora.sortition.draw.DrawRecord;
import fr.agora.sortition.draw.Json;
import fr.agora.sortition.seats.SeatAssignment.Role;
import fr.agora.sortition.seats.SeatAssignment.Seat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The published seats file of a draw: who holds which seat, and every replacement from the reserve, in a hash
 * chain. Immutable: {@link #replace} returns the longer log.
 *
 * <h2>How the council wires it</h2>
 * <ol>
 *   <li>Right after {@code DrawProtocol.draw(…)}: {@code SeatLog log = SeatLog.start(instance, record, seats,
 *       "sex")}; appoint {@code log.seats()} (seat number, titulaire id, suppléant id are pool ids); store
 *       {@code log.text()} with the draw and publish it next to the record (e.g. {@code …/tirage/sieges.jsonl}).</li>
 *   <li>When a holder declines or cannot be reached: {@code SeatLog.parse(stored).replace(instance, record, id,
 *       Reason.DECLINED, unavailableIds, today)} with {@code unavailableIds} the reserve people who cannot be
 *       called (e.g. personal data erased; may be empty), {@code today} the date in Europe/Paris. The returned
 *       {@link Step} says who takes the same seat and role ({@link Step#replacement()}), or why nobody can
 *       ({@link Step#vacancy()}, French, to show and audit); store and publish {@link Step#log()}'s text in both
 *       cases. Illegal inputs (a person who holds no seat, an unknown id, a date before the last entry) throw
 *       {@link IllegalArgumentException} and change nothing.</li>
 *   <li>Anyone re-checks with {@code sortition verify --record R --people P --quotas Q --seats S}
 *       ({@link #verify}).</li>
 * </ol>
 *
 * <h2>Format {@value #FORMAT}</h2>
 * UTF-8 text, one JSON object per line, each line ending in {@code \n}, written with the {@link Json} rules and
 * members in the order shown (no spaces):
 * <pre>
 * {"format":"agora-sortition-seats/1","record_hash":H,"seats":S,"pairing":P,"assignment":[{"seat":1,"titulaire":ID,"suppleant":ID},…],"hash":X}
 * {"seq":1,"date":"2026-12-07","seat":3,"role":"titulaire","leaving":ID,"reason":"declined","unavailable":[ID,…],"replacement":ID,"vacancy":null,"hash":X}
 * </pre>
 * {@code pairing} and, in an entry, {@code replacement} or {@code vacancy} may be {@code null}. {@code reason} is
 * {@code declined}, {@code unreachable} or {@code withdrew}. Each line's {@code hash} is the SHA-256 (hex) of
 * {@code UTF-8(previous ‖ "\n" ‖ line up to and excluding ,"hash":)}, {@code previous} being the previous line's
 * hash, or the draw record's {@code record_hash} for the first line. The first line is {@link SeatAssignment}'s
 * result; each entry is {@link ReplacementRule}'s result for its inputs ({@code seat}, {@code role},
 * {@code leaving}, {@code reason}, {@code unavailable}, {@code date}). The verifier replays both and compares every
 * byte, so a tampered seat or replacement, a broken chain or a reordered line is rejected. Removing the last
 * lines cannot be detected from the file alone: compare the number of entries and the last hash with the
 * published page.
 */
public final class SeatLog {

    /** Format tag of the first line. */
    public static final String FORMAT = "agora-sortition-seats/1";

    /** Why a holder leaves. */
    public enum Reason {
        DECLINED, UNREACHABLE, WITHDREW;

        String published() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Reason ofPublished(String s) {
            for (Reason r : values()) {
                if (r.published().equals(s)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("motif inconnu « " + s + " »");
        }
    }

    /**
     * One replacement entry.
     *
     * @param seq         1-based entry number
     * @param date        date of the decision (Europe/Paris)
     * @param seat        seat number
     * @param role        role left
     * @param leaving     id of the holder who leaves
     * @param reason      why
     * @param unavailable reserve people declared unavailable for this replacement
     * @param replacement who takes the seat, or {@code null}
     * @param vacancy     why nobody could, or {@code null}
     * @param hash        chained hash of the line
     */
    public record Entry(int seq, LocalDate date, int seat, Role role, String leaving, Reason reason,
                        List<String> unavailable, String replacement, String vacancy, String hash) {
    }

    /**
     * A replacement done.
     *
     * @param log   the log with the new entry (store and publish its {@link SeatLog#text()})
     * @param entry the new entry
     */
    public record Step(SeatLog log, Entry entry) {

        /** Who takes the seat, if anyone. */
        public Optional<String> replacement() {
            return Optional.ofNullable(entry.replacement());
        }

        /** Why nobody can take the seat (French), if so. */
        public Optional<String> vacancy() {
            return Optional.ofNullable(entry.vacancy());
        }
    }

    private final String recordHash;
    private final SeatAssignment assignment;
    private final String headerHash;
    private final List<Entry> entries;
    private final List<String> lines;

    private SeatLog(String recordHash, SeatAssignment assignment, String headerHash, List<Entry> entries,
                    List<String> lines) {
        this.recordHash = recordHash;
        this.assignment = assignment;
        this.headerHash = headerHash;
        this.entries = List.copyOf(entries);
        this.lines = List.copyOf(lines);
    }

    /**
     * Starts the log of a draw: the seat assignment ({@link SeatAssignment#assign}).
     *
     * @param record  the draw record, as sealed and published
     * @param seats   number of seats ({@code record.panel().size() == 2 × seats})
     * @param pairing pairing category (the councils: {@code sex}) or {@code null}
     */
    public static SeatLog start(SortitionInstance instance, DrawRecord record, int seats, String pairing) {
        SeatAssignment a = SeatAssignment.assign(instance, record, seats, pairing);
        String body = headerBody(record.recordHash(), a);
        String hash = chain(record.recordHash(), body);
        return new SeatLog(record.recordHash(), a, hash, List.of(), List.of(seal(body, hash)));
    }

    /**
     * Replaces a seat holder who leaves, by {@link ReplacementRule}.
     *
     * @param instance    the frozen pool and quotas of the draw
     * @param record      the draw record this log starts from (its reserve list is used)
     * @param leaving     pool id of a current holder
     * @param reason      why they leave
     * @param unavailable reserve people who cannot be called (ids of the reserve; others are refused)
     * @param date        the date of the decision (Europe/Paris), not before the last entry's
     * @throws IllegalArgumentException on illegal inputs (nothing changes)
     */
    public Step replace(SortitionInstance instance, DrawRecord record, String leaving, Reason reason,
                        Collection<String> unavailable, LocalDate date) {
        if (!record.recordHash().equals(recordHash)) {
            throw new IllegalArgumentException("le journal des sièges ne part pas de ce registre");
        }
        if (reason == null || date == null || leaving == null) {
            throw new IllegalArgumentException("motif, date et personne obligatoires");
        }
        if (!entries.isEmpty() && date.isBefore(entries.getLast().date())) {
            throw new IllegalArgumentException("date antérieure à la dernière entrée du journal");
        }
        List<Seat> current = seats();
        Seat seat = null;
        Role role = null;
        for (Seat s : current) {
            for (Role r : Role.values()) {
                if (leaving.equals(s.holder(r))) {
                    seat = s;
                    role = r;
                }
            }
        }
        if (seat == null) {
            throw new IllegalArgumentException("« " + leaving + " » n'occupe aucun siège");
        }
        Set<String> reserve = Set.copyOf(record.reserve());
        Set<String> everHeld = everHeld();
        List<String> declared = List.copyOf(new LinkedHashSet<>(unavailable));
        for (String id : declared) {
            if (!reserve.contains(id) || everHeld.contains(id)) {
                throw new IllegalArgumentException("« " + id + " » n'est pas une personne de la réserve à appeler");
            }
        }
        List<String> holders = new ArrayList<>();
        for (Seat s : current) {
            for (Role r : Role.values()) {
                if (s.holder(r) != null) {
                    holders.add(s.holder(r));
                }
            }
        }
        ReplacementRule.Decision d = ReplacementRule.decide(instance, record.reserve(), holders, leaving, everHeld,
                Set.copyOf(declared), assignment.pairing());
        int seq = entries.size() + 1;
        Entry draft = new Entry(seq, date, seat.number(), role, leaving, reason, declared, d.replacement(),
                d.vacancy(), null);
        String body = entryBody(draft);
        String hash = chain(lastHash(), body);
        Entry entry = new Entry(seq, date, seat.number(), role, leaving, reason, declared, d.replacement(),
                d.vacancy(), hash);
        List<Entry> newEntries = new ArrayList<>(entries);
        newEntries.add(entry);
        List<String> newLines = new ArrayList<>(lines);
        newLines.add(seal(body, hash));
        return new Step(new SeatLog(recordHash, assignment, headerHash, newEntries, newLines), entry);
    }

    /** The seat assignment as drawn (first line). */
    public SeatAssignment assignment() {
        return assignment;
    }

    /** The replacements, in order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The current holders of each seat after the replacements ({@code null} for a role left vacant). */
    public List<Seat> seats() {
        List<Seat> current = new ArrayList<>(assignment.seats());
        for (Entry e : entries) {
            Seat s = current.get(e.seat() - 1);
            current.set(e.seat() - 1, s.with(e.role(), e.replacement()));
        }
        return current;
    }

    /** Hash of the last line (to show on the public page with the number of entries). */
    public String lastHash() {
        return entries.isEmpty() ? headerHash : entries.getLast().hash();
    }

    /** The published text. */
    public String text() {
        StringBuilder s = new StringBuilder();
        lines.forEach(l -> s.append(l).append('\n'));
        return s.toString();
    }

    private Set<String> everHeld() {
        Set<String> out = new HashSet<>(assignment.holders());
        for (Entry e : entries) {
            if (e.replacement() != null) {
                out.add(e.replacement());
            }
        }
        return out;
    }

    /**
     * Re-checks a published seats file by replaying it. The record must have been verified first
     * ({@code DrawProtocol.verify}).
     *
     * @return empty when valid, otherwise the first problem (French)
     */
    public static Optional<String> verify(byte[] bytes, DrawRecord record, SortitionInstance instance) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.endsWith("\n") || !java.util.Arrays.equals(bytes, text.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("journal des sièges : fin de ligne finale absente ou UTF-8 invalide");
        }
        String[] published = text.substring(0, text.length() - 1).split("\n", -1);
        JsonMapper mapper = JsonMapper.builder().build();
        SeatLog replay;
        try {
            JsonNode header = node(mapper, published[0], 1);
            if (!FORMAT.equals(text(header, "format"))) {
                return Optional.of("journal des sièges : format inconnu");
            }
            if (!record.recordHash().equals(text(header, "record_hash"))) {
                return Optional.of("journal des sièges : record_hash ne correspond pas au registre");
            }
            replay = start(instance, record, integer(header, "seats"), nullableText(header, "pairing"));
        } catch (IllegalArgumentException e) {
            return Optional.of("journal des sièges, ligne 1 : " + e.getMessage());
        }
        if (!replay.lines.getFirst().equals(published[0])) {
            return Optional.of("journal des sièges, ligne 1 : l'attribution des sièges ne découle pas du tirage "
                    + "(ou la ligne est altérée)");
        }
        for (int l = 1; l < published.length; l++) {
            try {
                JsonNode e = node(mapper, published[l], l + 1);
                if (integer(e, "seq") != l) {
                    return Optional.of("journal des sièges, ligne " + (l + 1) + " : numéro d'entrée " + integer(e, "seq")
                            + " au lieu de " + l);
                }
                String leaving = text(e, "leaving");
                List<String> unavailable = new ArrayList<>();
                for (JsonNode u : array(e, "unavailable")) {
                    if (!u.isString()) {
                        throw new IllegalArgumentException("champ « unavailable » : textes attendus");
                    }
                    unavailable.add(u.stringValue());
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(text(e, "date"));
                } catch (DateTimeParseException x) {
                    throw new IllegalArgumentException("date illisible");
                }
                Step step = replay.replace(instance, record, leaving, Reason.ofPublished(text(e, "reason")),
                        unavailable, date);
                Entry expected = step.entry();
                if (expected.seat() != integer(e, "seat")
                        || !expected.role().equals(Role.ofPublished(text(e, "role")))) {
                    return Optional.of("journal des sièges, ligne " + (l + 1) + " : « " + leaving
                            + " » n'occupait pas ce siège (" + expected.role().published() + " du siège "
                            + expected.seat() + ")");
                }
                String replacement = nullableText(e, "replacement");
                if (!java.util.Objects.equals(expected.replacement(), replacement)) {
                    return Optional.of("journal des sièges, ligne " + (l + 1) + " : le remplacement devrait être "
                            + (expected.replacement() == null ? "aucun (" + expected.vacancy() + ")"
                            : "« " + expected.replacement() + " »") + ", pas "
                            + (replacement == null ? "aucun" : "« " + replacement + " »"));
                }
                replay = step.log();
                if (!replay.lines.getLast().equals(published[l])) {
                    return Optional.of("journal des sièges, ligne " + (l + 1)
                            + " : ligne altérée (forme canonique, motif de vacance ou chaîne de hachage)");
                }
            } catch (IllegalArgumentException x) {
                return Optional.of("journal des sièges, ligne " + (l + 1) + " : " + x.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a stored log (as written by {@link #text()}), re-deriving it from the draw so that only a genuine
     * log is accepted.
     *
     * @throws IllegalArgumentException when the text is not a valid log of this draw
     */
    public static SeatLog parse(byte[] bytes, DrawRecord record, SortitionInstance instance) {
        Optional<String> problem = verify(bytes, record, instance);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] published = text.substring(0, text.length() - 1).split("\n", -1);
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode header = node(mapper, published[0], 1);
        SeatLog log = start(instance, record, integer(header, "seats"), nullableText(header, "pairing"));
        for (int l = 1; l < published.length; l++) {
            JsonNode e = node(mapper, published[l], l + 1);
            List<String> unavailable = new ArrayList<>();
            array(e, "unavailable").forEach(u -> unavailable.add(u.stringValue()));
            log = log.replace(instance, record, text(e, "leaving"), Reason.ofPublished(text(e, "reason")),
                    unavailable, LocalDate.parse(text(e, "date"))).log();
        }
        return log;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String headerBody(String recordHash, SeatAssignment a) {
        StringBuilder s = new StringBuilder("{\"format\":");
        Json.string(s, FORMAT);
        s.append(",\"record_hash\":");
        Json.string(s, recordHash);
        s.append(",\"seats\":").append(a.seats().size()).append(",\"pairing\":");
        Json.string(s, a.pairing());
        s.append(",\"assignment\":[");
        for (Seat seat : a.seats()) {
            s.append(seat.number() == 1 ? "" : ",").append("{\"seat\":").append(seat.number())
                    .append(",\"titulaire\":");
            Json.string(s, seat.titulaire());
            s.append(",\"suppleant\":");
            Json.string(s, seat.suppleant());
            s.append('}');
        }
        return s.append(']').toString();
    }

    private static String entryBody(Entry e) {
        StringBuilder s = new StringBuilder("{\"seq\":").append(e.seq()).append(",\"date\":");
        Json.string(s, e.date().toString());
        s.append(",\"seat\":").append(e.seat()).append(",\"role\":");
        Json.string(s, e.role().published());
        s.append(",\"leaving\":");
        Json.string(s, e.leaving());
        s.append(",\"reason\":");
        Json.string(s, e.reason().published());
        s.append(",\"unavailable\":");
        Json.strings(s, e.unavailable());
        s.append(",\"replacement\":");
        Json.string(s, e.replacement());
        s.append(",\"vacancy\":");
        Json.string(s, e.vacancy());
        return s.toString();
    }

    private static String chain(String previous, String body) {
        return CounterRng.hex(CounterRng.sha256((previous + "\n" + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static String seal(String body, String hash) {
        StringBuilder s = new StringBuilder(body).append(",\"hash\":");
        Json.string(s, hash);
        return s.append('}').toString();
    }

    private static JsonNode node(JsonMapper mapper, String line, int number) {
        JsonNode n;
        try {
            n = mapper.readTree(line);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("JSON illisible à la ligne " + number);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("la ligne " + number + " n'est pas un objet JSON");
        }
        return n;
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null) {
            throw new IllegalArgumentException("champ « " + name + " » absent");
        }
        return v;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isString()) {
            throw new IllegalArgumentException("champ « " + name + " » : texte attendu");
        }
        return v.stringValue();
    }

    private static String nullableText(JsonNode node, String name) {
        return field(node, name).isNull() ? null : text(node, name);
    }

    private static int integer(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("champ « " + name + " » : entier attendu");
        }
        return v.intValue();
    }

    private static List<JsonNode> array(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isArray()) {
            throw new IllegalArgumentException("champ « " + name + " » : tableau attendu");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }
}
