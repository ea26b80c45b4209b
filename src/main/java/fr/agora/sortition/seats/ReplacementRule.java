package fr.agora.sortition.seats;

import fr.agora.sortition.Quota;
import fr.agora.sortition.SortitionInstance;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who of the reserve replaces a seat holder who leaves (declines, cannot be reached, withdraws).
 *
 * <p>The reserve list of the draw record is walked in its published order. A reserve person is <em>examined</em>
 * unless they already held a seat of this draw (drawn or earlier replacement), or are declared unavailable for
 * this replacement (the caller cannot contact them, e.g. personal data erased; published in the log). The first
 * examined person who is <em>acceptable</em> takes the same seat and role. Acceptable means, with {@code H} the
 * current seat holders (the leaving person included; a vacant seat holds nobody):
 * <ol>
 *   <li>same value of the pairing category as the person leaving, when the assignment has one (so the seat's
 *       titulaire/suppléant pairing and the titulaires' composition stay as drawn);</li>
 *   <li>every quota of the draw met by {@code H} is still met by {@code H − leaving + candidate} (so with every
 *       seat filled: every quota keeps holding; quotas already broken by an earlier vacancy cannot block);</li>
 *   <li>when the household rule is on, no other holder shares the candidate's household.</li>
 * </ol>
 * When nobody is acceptable, there is no replacement and a French reason says why, with counts per cause: the
 * seat stays vacant rather than any quota being broken silently. The rule is deterministic: the verifier
 * replays it from the published files.
 */
public final class ReplacementRule {

    private ReplacementRule() {
    }

    /**
     * The outcome of one replacement.
     *
     * @param replacement id of the reserve person who takes the seat, or {@code null}
     * @param vacancy     why nobody could, in French, when {@code replacement} is {@code null}; else {@code null}
     */
    public record Decision(String replacement, String vacancy) {
    }

    /**
     * Applies the rule.
     *
     * @param instance    the frozen pool and quotas of the draw
     * @param reserve     the draw record's reserve list, in published order
     * @param holders     current seat holders (the leaving person included; no {@code null})
     * @param leaving     id of the holder who leaves
     * @param everHeld    everyone who held a seat of this draw so far (drawn panel and replacements)
     * @param unavailable reserve people who cannot be called for this replacement
     * @param pairing     pairing category, or {@code null}
     */
    public static Decision decide(SortitionInstance instance, List<String> reserve, Collection<String> holders,
                                  String leaving, Set<String> everHeld, Set<String> unavailable, String pairing) {
        List<Quota> quotas = instance.quotas();
        int[] before = new int[quotas.size()];
        Set<Integer> households = new HashSet<>();
        int out = index(instance, leaving);
        for (String h : holders) {
            int i = index(instance, h);
            for (int q : instance.agentQuotas(i)) {
                before[q]++;
            }
            if (i != out && instance.householdOf(i) >= 0) {
                households.add(instance.householdOf(i));
            }
        }
        int[] without = before.clone();
        for (int q : instance.agentQuotas(out)) {
            without[q]--;
        }
        String value = SeatAssignment.value(instance, leaving, pairing);
        int examined = 0;
        int declared = 0;
        int otherValue = 0;
        int household = 0;
        int[] blockedBy = new int[quotas.size()];
        for (String id : reserve) {
            if (everHeld.contains(id)) {
                continue;
            }
            if (unavailable.contains(id)) {
                declared++;
                continue;
            }
            examined++;
            int c = index(instance, id);
            if (!SeatAssignment.value(instance, id, pairing).equals(value)) {
                otherValue++;
                continue;
            }
            int[] after = without.clone();
            for (int q : instance.agentQuotas(c)) {
                after[q]++;
            }
            int broken = -1;
            for (int q = 0; q < quotas.size() && broken < 0; q++) {
                Quota quota = quotas.get(q);
                boolean wasMet = before[q] >= quota.min() && before[q] <= quota.max();
                if (wasMet && (after[q] < quota.min() || after[q] > quota.max())) {
                    broken = q;
                }
            }
            if (broken >= 0) {
                blockedBy[broken]++;
                continue;
            }
            if (instance.householdOf(c) >= 0 && households.contains(instance.householdOf(c))) {
                household++;
                continue;
            }
            return new Decision(id, null);
        }
        StringBuilder why = new StringBuilder("aucune personne de la réserve ne peut remplacer « ").append(leaving)
                .append(" » en gardant tous les quotas du tirage : ").append(examined).append(" examinée(s)");
        if (declared > 0) {
            why.append(", ").append(declared).append(" déclarée(s) indisponible(s)");
        }
        if (otherValue > 0) {
            why.append(", ").append(otherValue).append(" d'une autre valeur de ").append(pairing);
        }
        StringBuilder quotaPart = new StringBuilder();
        for (int q = 0; q < quotas.size(); q++) {
            if (blockedBy[q] > 0) {
                quotaPart.append(quotaPart.isEmpty() ? "" : ", ").append(quotas.get(q).label()).append(" : ")
                        .append(blockedBy[q]);
            }
        }
        if (!quotaPart.isEmpty()) {
            why.append(", hors quota (").append(quotaPart).append(')');
        }
        if (household > 0) {
            why.append(", ").append(household).append(" d'un foyer déjà représenté");
        }
        return new Decision(null, why.append("; le siège reste vacant").toString());
    }

    private static int index(SortitionInstance instance, String id) {
        int i = instance.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("« " + id + " » n'est pas dans le vivier");
        }
        return i;
    }
}
