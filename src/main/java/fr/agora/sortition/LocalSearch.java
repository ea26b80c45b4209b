package fr.agora.sortition;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Heuristic pricing for {@link LeximinColumnGeneration}: from a feasible column, swap one member for another
 * (one group's count down, another's up) while the total weight rises and the panel stays feasible (every quota,
 * at most one member per multi-person household), best swap first, until no swap improves. A swap keeps the
 * panel size, so every column it returns is feasible. It finds improving columns for a fraction of the cost of
 * the pricing ILP; the ILP still has the last word before any probability is fixed, so the result stays exact.
 */
final class LocalSearch {

    private final int[] sizes;
    private final int[][] groupQuotas;
    private final int[] household;
    private final int[] min;
    private final int[] max;
    private final int householdCount;

    LocalSearch(SortitionInstance instance, int[] sizes, int[][] groupQuotas, int[] household) {
        this.sizes = sizes;
        this.groupQuotas = groupQuotas;
        this.household = household;
        int q = instance.quotas().size();
        min = new int[q];
        max = new int[q];
        for (int i = 0; i < q; i++) {
            min[i] = instance.quotas().get(i).min();
            max[i] = instance.quotas().get(i).max();
        }
        householdCount = Arrays.stream(household).max().orElse(-1) + 1;
    }

    /** Groups ordered by decreasing weight (ties by index), shared by the searches of one pricing round. */
    static int[] byDecreasingWeight(double[] weights) {
        return IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(g -> -weights[g]).thenComparingInt(g -> g))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * Climbs from a feasible column.
     *
     * @param counts  dense count vector of a feasible column; improved in place
     * @param weights weight of one member of each group
     * @param order   {@link #byDecreasingWeight} of the weights
     * @return whether at least one swap was made
     */
    boolean improve(int[] counts, double[] weights, int[] order) {
        int[] quotaCount = new int[min.length];
        int[] householdUsed = new int[householdCount];
        int panelGroups = 0;
        for (int g = 0; g < counts.length; g++) {
            if (counts[g] > 0) {
                panelGroups++;
                for (int q : groupQuotas[g]) {
                    quotaCount[q] += counts[g];
                }
                if (household[g] >= 0) {
                    householdUsed[household[g]] += counts[g];
                }
            }
        }
        int[] inPanel = new int[panelGroups];
        boolean moved = false;
        for (int step = 0; step < 4 * counts.length; step++) {
            int m = 0;
            for (int g = 0; g < counts.length; g++) {
                if (counts[g] > 0) {
                    inPanel[m++] = g;
                }
            }
            double best = 1e-12;
            int out = -1;
            int in = -1;
            for (int j = 0; j < m; j++) {
                int a = inPanel[j];
                for (int b : order) {
                    double gain = weights[b] - weights[a];
                    if (gain <= best) {
                        break;
                    }
                    if (b != a && counts[b] < sizes[b] && feasible(a, b, quotaCount, householdUsed)) {
                        best = gain;
                        out = a;
                        in = b;
                        break;
                    }
                }
            }
            if (out < 0) {
                break;
            }
            counts[out]--;
            counts[in]++;
            for (int q : groupQuotas[out]) {
                quotaCount[q]--;
            }
            for (int q : groupQuotas[in]) {
                quotaCount[q]++;
            }
            if (household[out] >= 0) {
                householdUsed[household[out]]--;
            }
            if (household[in] >= 0) {
                householdUsed[household[in]]++;
            }
            if (inPanel.length < m + 1) {
                inPanel = Arrays.copyOf(inPanel, m + 1);
            }
            moved = true;
        }
        return moved;
    }

    private boolean feasible(int out, int in, int[] quotaCount, int[] householdUsed) {
        int[] qo = groupQuotas[out];
        int[] qi = groupQuotas[in];
        for (int q : qo) {
            if (quotaCount[q] - 1 < min[q] && !contains(qi, q)) {
                return false;
            }
        }
        for (int q : qi) {
            if (quotaCount[q] + 1 > max[q] && !contains(qo, q)) {
                return false;
            }
        }
        int h = household[in];
        return h < 0 || householdUsed[h] == 0 || household[out] == h && householdUsed[h] == 1;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
