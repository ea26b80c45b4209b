package fr.agora.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * LEGACY: the Sortition Foundation's greedy draw before 2020, the baseline of Flanigan et al. 2021.
 *
 * <p>k times: for every quota value that still has remaining people and {@code max > 0}, compute
 * {@code (min - selected) / remaining}; fail if some value can no longer reach its minimum; take the value
 * with the largest ratio (first in quota order on ties), select a uniformly random remaining person
 * having it, remove that person's household, and remove everyone holding a value that reached its max.
 * A panel missing a minimum at the end, or a pool exhausted early, is a failed attempt; up to
 * {@link #MAX_ATTEMPTS} attempts are made. Quota-correct but unfair: some people get probability ~0.
 */
public final class Legacy {

    /** Attempts per panel before giving up, as in the Sortition Foundation code. */
    public static final int MAX_ATTEMPTS = 100;

    private final SortitionInstance instance;

    public Legacy(SortitionInstance instance) {
        this.instance = instance;
    }

    /**
     * One LEGACY panel (sorted agent indexes).
     *
     * @throws InfeasibleQuotasException when {@link #MAX_ATTEMPTS} attempts all failed
     */
    public int[] draw(SplittableRandom random) throws InfeasibleQuotasException {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            int[] panel = attempt(random);
            if (panel != null) {
                return panel;
            }
        }
        throw new InfeasibleQuotasException(Feasibility.analyse(instance).orElse(new InfeasibilityReport(
                List.of("LEGACY a échoué " + MAX_ATTEMPTS + " fois (quotas faisables mais trop serrés pour LEGACY)"),
                instance.quotas(), List.of("aucune"))));
    }

    private int[] attempt(SplittableRandom random) {
        int n = instance.n();
        int nq = instance.quotas().size();
        boolean[] alive = new boolean[n];
        Arrays.fill(alive, true);
        int[] remaining = new int[nq];
        int[] selected = new int[nq];
        for (int q = 0; q < nq; q++) {
            remaining[q] = instance.quotaMembers(q).length;
        }
        int aliveCount = n;
        int[] panel = new int[instance.k()];
        for (int count = 0; count < instance.k(); count++) {
            double best = -100;
            int bestQ = -1;
            for (int q = 0; q < nq; q++) {
                Quota quota = instance.quotas().get(q);
                if (selected[q] < quota.min() && remaining[q] < quota.min() - selected[q]) {
                    return null;
                }
                if (remaining[q] != 0 && quota.max() != 0) {
                    double ratio = (quota.min() - (double) selected[q]) / remaining[q];
                    if (ratio > best) {
                        best = ratio;
                        bestQ = q;
                    }
                }
            }
            int pick = -1;
            if (bestQ < 0) {
                // no quota category at all: uniform among the remaining people
                if (aliveCount == 0) {
                    return null;
                }
                int r = random.nextInt(aliveCount);
                for (int i = 0; i < n && pick < 0; i++) {
                    if (alive[i] && r-- == 0) {
                        pick = i;
                    }
                }
            } else {
                int r = random.nextInt(remaining[bestQ]);
                for (int i : instance.quotaMembers(bestQ)) {
                    if (alive[i] && r-- == 0) {
                        pick = i;
                        break;
                    }
                }
            }
            panel[count] = pick;
            aliveCount -= remove(pick, alive, remaining);
            for (int q : instance.agentQuotas(pick)) {
                selected[q]++;
            }
            int h = instance.householdOf(pick);
            if (h >= 0) {
                for (int j : instance.households()[h]) {
                    if (alive[j]) {
                        aliveCount -= remove(j, alive, remaining);
                    }
                }
            }
            for (int q : instance.agentQuotas(pick)) {
                if (selected[q] == instance.quotas().get(q).max()) {
                    for (int j : instance.quotaMembers(q)) {
                        if (alive[j]) {
                            aliveCount -= remove(j, alive, remaining);
                        }
                    }
                }
            }
            if (aliveCount == 0 && count < instance.k() - 1) {
                return null;
            }
        }
        Arrays.sort(panel);
        return instance.checkPanel(panel).isEmpty() ? panel : null;
    }

    private int remove(int i, boolean[] alive, int[] remaining) {
        alive[i] = false;
        for (int q : instance.agentQuotas(i)) {
            remaining[q]--;
        }
        return 1;
    }

    /**
     * Estimates LEGACY's selection probabilities from {@code draws} independent panels.
     *
     * @param seed seed of the draws (reproducible)
     */
    public SortitionResult estimate(int draws, long seed, CancellationToken token) throws InfeasibleQuotasException {
        long start = System.nanoTime();
        CancellationToken t = token == null ? CancellationToken.NONE : token;
        SplittableRandom random = new SplittableRandom(seed);
        double[] counts = new double[instance.n()];
        Set<BitSet> distinct = new HashSet<>();
        for (int d = 0; d < draws; d++) {
            if (d % 100 == 0) {
                t.check();
            }
            int[] panel = draw(random);
            BitSet key = new BitSet();
            for (int i : panel) {
                counts[i]++;
                key.set(i);
            }
            distinct.add(key);
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] /= draws;
        }
        return new SortitionResult("legacy", counts, null, List.of(), new double[0], distinct.size(),
                (System.nanoTime() - start) / 1e9);
    }
}
