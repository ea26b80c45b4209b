package fr.agora.sortition.draw;

import fr.agora.sortition.Quota;
import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.SortitionResult;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The verifiable draw.
 *
 * <ol>
 *   <li>Commitment: {@link Commitment#of} of the frozen pool and quotas, published first.</li>
 *   <li>Lottery: the LEXIMIN distribution rounded to {@link Lottery#M} tickets ({@link Lottery}); the
 *       residual rounding uses a {@link CounterRng} seeded with
 *       {@code SHA-256(UTF-8("agora-lottery-rounding/1:" ‖ commitment ‖ ":" ‖ seed))}, seed being the
 *       decimal LEXIMIN seed, so the lottery is fixed before the entropy is known.</li>
 *   <li>Seed: {@link Commitment#seed} = SHA-256 of commitment hex ‖ public entropy.</li>
 *   <li>Number: a {@link CounterRng} on the seed; the ticket is {@code 1 + uniform(1000)}.</li>
 *   <li>Reserve: the people outside the drawn panel, in pool order, shuffled by Fisher–Yates with the same
 *       generator continuing after the number: for i from r-1 down to 1, swap positions i and
 *       {@code uniform(i+1)}. Replacements go down this list, taking the first person who keeps every
 *       quota and household rule ({@link fr.agora.sortition.seats.ReplacementRule}).</li>
 *   <li>Seats: who is titulaire and suppléant of which seat follows from the seed
 *       ({@link fr.agora.sortition.seats.SeatAssignment}); seats and replacements are published in the
 *       hash-chained seats file ({@link fr.agora.sortition.seats.SeatLog}), which starts from {@code record_hash}.</li>
 * </ol>
 * {@link #verify} re-checks a record without any LP.
 */
public final class DrawProtocol {

    /** Engine name and version written into records. */
    public static final String ENGINE = "agora-sortition 1.0";

    private DrawProtocol() {
    }

    /** Performs the draw from a computed distribution. */
    public static DrawRecord draw(SortitionInstance instance, SortitionResult result, String entropy, long seed) {
        String commitment = Commitment.of(instance);
        CounterRng roundingRng = new CounterRng(CounterRng.sha256(("agora-lottery-rounding/1:" + commitment + ":"
                + seed).getBytes(StandardCharsets.UTF_8)));
        List<Lottery.Entry> entries = Lottery.round(result.panels(), result.weights(), Lottery.M, roundingRng);
        List<DrawRecord.Ticket> tickets = new ArrayList<>();
        int first = 1;
        for (Lottery.Entry e : entries) {
            tickets.add(new DrawRecord.Ticket(first, e.copies(), ids(instance, e.panel())));
            first += e.copies();
        }
        int[] counts = new int[instance.n()];
        for (Lottery.Entry e : entries) {
            for (int i : e.panel()) {
                counts[i] += e.copies();
            }
        }
        List<DrawRecord.Probability> probabilities = new ArrayList<>();
        double[] target = result.leximinLevels() != null ? result.leximinLevels() : result.probabilities();
        for (int i = 0; i < instance.n(); i++) {
            probabilities.add(new DrawRecord.Probability(instance.people().get(i).id(), target[i],
                    counts[i] / (double) Lottery.M));
        }
        byte[] seedBytes = Commitment.seed(commitment, entropy);
        Outcome outcome = outcome(instance, tickets, seedBytes);
        String lotteryJson = DrawRecord.lotteryJson(tickets);
        return new DrawRecord(DrawRecord.FORMAT, ENGINE, result.algorithm(), commitment, instance.n(), instance.k(),
                instance.categories(), instance.quotas(), Lottery.M, tickets, sha(lotteryJson), probabilities,
                entropy, CounterRng.hex(seedBytes), outcome.number(), outcome.panel(), outcome.reserve(), null)
                .sealed();
    }

    private record Outcome(int number, List<String> panel, List<String> reserve) {
    }

    private static Outcome outcome(SortitionInstance instance, List<DrawRecord.Ticket> tickets, byte[] seed) {
        CounterRng rng = new CounterRng(seed);
        int number = 1 + rng.uniform(Lottery.M);
        List<String> panel = null;
        for (DrawRecord.Ticket t : tickets) {
            if (number >= t.first() && number < t.first() + t.copies()) {
                panel = t.members();
            }
        }
        if (panel == null) {
            return new Outcome(number, List.of(), List.of());
        }
        List<String> reserve = new ArrayList<>();
        for (int i = 0; i < instance.n(); i++) {
            String id = instance.people().get(i).id();
            if (!panel.contains(id)) {
                reserve.add(id);
            }
        }
        for (int i = reserve.size() - 1; i >= 1; i--) {
            int j = rng.uniform(i + 1);
            String tmp = reserve.get(i);
            reserve.set(i, reserve.get(j));
            reserve.set(j, tmp);
        }
        return new Outcome(number, panel, reserve);
    }

    private static List<String> ids(SortitionInstance instance, int[] panel) {
        return Arrays.stream(panel).mapToObj(i -> instance.people().get(i).id()).toList();
    }

    private static String sha(String s) {
        return CounterRng.hex(CounterRng.sha256(s.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Verifies a record against the pool and quotas, without solving anything.
     *
     * @param entropy the entropy witnessed at the ceremony, or {@code null} to trust the record's
     * @return empty when valid, otherwise the first problem found (French)
     */
    public static Optional<String> verify(byte[] bytes, SortitionInstance instance, String entropy) {
        DrawRecord r;
        try {
            r = DrawRecord.parse(bytes);
        } catch (IllegalArgumentException e) {
            return Optional.of("registre illisible : " + e.getMessage());
        }
        if (!Arrays.equals(bytes, r.toJson().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("le registre n'est pas sous sa forme canonique (octet modifié ?)");
        }
        if (!r.recordHash().equals(r.computeRecordHash())) {
            return Optional.of("record_hash ne correspond pas au contenu du registre");
        }
        if (!DrawRecord.FORMAT.equals(r.format())) {
            return Optional.of("format de registre inconnu « " + r.format() + " »");
        }
        if (!r.commitment().equals(Commitment.of(instance))) {
            return Optional.of("l'engagement ne correspond pas au vivier et aux quotas fournis");
        }
        if (r.n() != instance.n() || r.k() != instance.k()) {
            return Optional.of("n ou k différent des entrées");
        }
        if (!r.categories().equals(instance.categories()) || r.quotas().size() != instance.quotas().size()) {
            return Optional.of("catégories ou quotas différents des entrées");
        }
        for (int q = 0; q < r.quotas().size(); q++) {
            Quota a = r.quotas().get(q);
            Quota b = instance.quotas().get(q);
            if (!a.category().equals(b.category()) || !a.value().equals(b.value()) || a.min() != b.min()
                    || a.max() != b.max()) {
                return Optional.of("quota " + b.label() + " différent des entrées");
            }
        }
        if (r.lotterySize() != Lottery.M) {
            return Optional.of("taille de loterie " + r.lotterySize() + " au lieu de " + Lottery.M);
        }
        int next = 1;
        int[] counts = new int[instance.n()];
        for (DrawRecord.Ticket t : r.lottery()) {
            if (t.first() != next || t.copies() < 1) {
                return Optional.of("numérotation de la loterie incohérente au ticket " + t.first());
            }
            next += t.copies();
            int[] panel = new int[t.members().size()];
            for (int m = 0; m < panel.length; m++) {
                panel[m] = instance.indexOf(t.members().get(m));
                if (panel[m] < 0) {
                    return Optional.of("ticket " + t.first() + " : « " + t.members().get(m) + " » hors du vivier");
                }
            }
            Optional<String> violation = instance.checkPanel(panel);
            if (violation.isPresent()) {
                return Optional.of("ticket " + t.first() + " : " + violation.get());
            }
            for (int i : panel) {
                counts[i] += t.copies();
            }
        }
        if (next != Lottery.M + 1) {
            return Optional.of("la loterie compte " + (next - 1) + " tickets au lieu de " + Lottery.M);
        }
        if (!r.lotteryHash().equals(sha(DrawRecord.lotteryJson(r.lottery())))) {
            return Optional.of("lottery_hash ne correspond pas à la loterie");
        }
        if (r.probabilities().size() != instance.n()) {
            return Optional.of("probabilités : " + r.probabilities().size() + " personnes au lieu de " + instance.n());
        }
        for (int i = 0; i < instance.n(); i++) {
            DrawRecord.Probability p = r.probabilities().get(i);
            String id = instance.people().get(i).id();
            if (!p.id().equals(id)) {
                return Optional.of("probabilités : « " + p.id() + " » au lieu de « " + id + " »");
            }
            if (!Json.fixed(p.lottery(), 3).equals(Json.fixed(counts[i] / (double) Lottery.M, 3))) {
                return Optional.of("probabilité publiée de « " + id + " » différente de sa marge dans la loterie");
            }
            if (!(p.leximin() >= 0 && p.leximin() <= 1)) {
                return Optional.of("probabilité LEXIMIN de « " + id + " » hors de [0,1]");
            }
        }
        if (entropy != null && !entropy.equals(r.entropy())) {
            return Optional.of("l'entropie publique ne correspond pas à celle du registre");
        }
        byte[] seed = Commitment.seed(r.commitment(), r.entropy());
        if (!CounterRng.hex(seed).equals(r.seed())) {
            return Optional.of("la graine ne découle pas de l'engagement et de l'entropie");
        }
        Outcome outcome = outcome(instance, r.lottery(), seed);
        if (outcome.number() != r.number()) {
            return Optional.of("le numéro tiré devrait être " + outcome.number() + ", pas " + r.number());
        }
        if (!outcome.panel().equals(r.panel())) {
            return Optional.of("le panel ne correspond pas au ticket " + r.number());
        }
        if (!outcome.reserve().equals(r.reserve())) {
            return Optional.of("la liste de réserve ne découle pas de la graine");
        }
        return Optional.empty();
    }
}
