package fr.agora.sortition.seats;

import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.draw.CounterRng;
import fr.agora.sortition.draw.DrawRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who of a drawn panel is titulaire and who suppléant of which seat, derived from the published draw only, so
 * anyone can re-derive it.
 *
 * <p>The drawn panel holds the titulaires and the suppléants together ({@code k = 2 × seats}), so every quota
 * of the draw holds for the two together. The rule, with {@code seed} the draw record's {@code seed} (hex)
 * and {@code P} the pairing category (for the councils {@code sex}; may be absent):
 * <ol>
 *   <li>Each panel member gets the key {@code SHA-256(UTF-8("agora-seats/1:" ‖ seed ‖ ":" ‖ id))} (hex, compared
 *       as text).</li>
 *   <li>The members are grouped by their value of {@code P} (one group when there is no pairing category), each
 *       group sorted by key; the groups are ordered by the key of their first member.</li>
 *   <li>Within each group, members are paired in order (1st with 2nd, 3rd with 4th, …); the last member of each
 *       group of odd size is left over, and the left-overs, in group order, are paired the same way (the only
 *       pairs of different values: as many same-value pairs as possible).</li>
 *   <li>In each pair the member with the smaller key is titulaire, the other suppléant; seats are numbered 1..seats
 *       by ascending key of their titulaire.</li>
 * </ol>
 * So each value of {@code P} has half of its panel members among the titulaires (rounded one way or the other
 * for odd counts), and a suppléant who replaces a titulaire keeps that composition. The assignment is recorded
 * in the first line of the {@link SeatLog} and {@link SeatLog#verify re-checked} from it.
 *
 * @param seats   the seats in order (seat {@code i+1} is at index {@code i})
 * @param pairing the pairing category, or {@code null}
 */
public record SeatAssignment(List<Seat> seats, String pairing) {

    /** Version tag of the rule, part of the hashed keys. */
    public static final String DOMAIN = "agora-seats/1:";

    /**
     * One seat of the college.
     *
     * @param number    1-based seat number
     * @param titulaire id of the titulaire (pool id)
     * @param suppleant id of the suppléant
     */
    public record Seat(int number, String titulaire, String suppleant) {

        /** Holder of one role of this seat. */
        public String holder(Role role) {
            return role == Role.TITULAIRE ? titulaire : suppleant;
        }

        /** Same seat with another holder in one role. */
        public Seat with(Role role, String id) {
            return role == Role.TITULAIRE ? new Seat(number, id, suppleant) : new Seat(number, titulaire, id);
        }
    }

    /** The two roles of a seat. */
    public enum Role {
        TITULAIRE, SUPPLEANT;

        /** Name in the published files ({@code titulaire}, {@code suppleant}). */
        public String published() {
            return this == TITULAIRE ? "titulaire" : "suppleant";
        }

        static Role ofPublished(String s) {
            return switch (s) {
                case "titulaire" -> TITULAIRE;
                case "suppleant" -> SUPPLEANT;
                default -> throw new IllegalArgumentException("rôle inconnu « " + s + " »");
            };
        }
    }

    public SeatAssignment {
        seats = List.copyOf(seats);
    }

    /**
     * Assigns the seats of a drawn panel.
     *
     * @param instance the frozen pool and quotas of the draw
     * @param record   the (verified) draw record: its {@code seed} and {@code panel} are used
     * @param seats    number of seats; the panel must have exactly {@code 2 × seats} members
     * @param pairing  category whose value titulaire and suppléant share where possible (e.g. {@code sex}), or
     *                 {@code null}; every panel member must have a value for it
     * @throws IllegalArgumentException when the panel size is not {@code 2 × seats}, or a member lacks the
     *                                  pairing value or is not in the pool
     */
    public static SeatAssignment assign(SortitionInstance instance, DrawRecord record, int seats, String pairing) {
        List<String> panel = record.panel();
        if (seats < 1 || panel.size() != 2 * seats) {
            throw new IllegalArgumentException("un panel de " + panel.size() + " membres ne pourvoit pas " + seats
                    + " sièges (titulaire et suppléant)");
        }
        Map<String, String> key = new LinkedHashMap<>();
        for (String id : panel) {
            key.put(id, key(record.seed(), id));
        }
        Comparator<String> byKey = Comparator.comparing(key::get);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String id : panel) {
            groups.computeIfAbsent(value(instance, id, pairing), v -> new ArrayList<>()).add(id);
        }
        List<List<String>> ordered = new ArrayList<>();
        for (List<String> g : groups.values()) {
            g.sort(byKey);
            ordered.add(g);
        }
        ordered.sort(Comparator.comparing(g -> key.get(g.get(0))));
        List<String[]> pairs = new ArrayList<>();
        List<String> leftOver = new ArrayList<>();
        for (List<String> g : ordered) {
            for (int i = 0; i + 1 < g.size(); i += 2) {
                pairs.add(new String[] {g.get(i), g.get(i + 1)});
            }
            if (g.size() % 2 == 1) {
                leftOver.add(g.getLast());
            }
        }
        for (int i = 0; i + 1 < leftOver.size(); i += 2) {
            pairs.add(new String[] {leftOver.get(i), leftOver.get(i + 1)});
        }
        for (String[] pair : pairs) {
            if (byKey.compare(pair[0], pair[1]) > 0) {
                String t = pair[0];
                pair[0] = pair[1];
                pair[1] = t;
            }
        }
        pairs.sort(Comparator.comparing(pair -> key.get(pair[0])));
        List<Seat> out = new ArrayList<>();
        for (int s = 0; s < seats; s++) {
            out.add(new Seat(s + 1, pairs.get(s)[0], pairs.get(s)[1]));
        }
        return new SeatAssignment(out, pairing);
    }

    /** The key of one member: {@code SHA-256(UTF-8("agora-seats/1:" ‖ seed ‖ ":" ‖ id))} in hex. */
    public static String key(String seed, String id) {
        return CounterRng.hex(CounterRng.sha256((DOMAIN + seed + ":" + id).getBytes(StandardCharsets.UTF_8)));
    }

    /** Value of the pairing category for a person ({@code ""} without pairing category). */
    static String value(SortitionInstance instance, String id, String pairing) {
        if (pairing == null) {
            return "";
        }
        int i = instance.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("« " + id + " » n'est pas dans le vivier");
        }
        String v = instance.people().get(i).features().get(pairing);
        if (v == null) {
            throw new IllegalArgumentException("« " + id + " » n'a pas de valeur pour « " + pairing + " »");
        }
        return v;
    }

    /** Ids of all seat holders (titulaires then suppléants). */
    public List<String> holders() {
        List<String> out = new ArrayList<>();
        seats.forEach(s -> out.add(s.titulaire()));
        seats.forEach(s -> out.add(s.suppleant()));
        return out;
    }
}
