package fr.agora.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Agent <em>types</em> of an instance: agents counting towards exactly the same quotas. Without
 * household constraints, whether a panel is feasible depends only on how many members it takes from each
 * type (its size is the sum of the counts, each quota count a sum of counts), so agents of one type are
 * interchangeable; see {@link TypedLeximin} for why LEXIMIN may then be solved over types.
 *
 * <p>Types are numbered in order of first appearance in the pool; the members of a type are kept in pool
 * order. A type is keyed by the quotas its members count towards, which is the feature vector restricted
 * to the values that carry a quota (other columns and quota-less values play no role in feasibility).
 */
final class TypeAggregation {

    private final SortitionInstance instance;
    private final int[] typeOf;
    private final int[][] members;

    private TypeAggregation(SortitionInstance instance, int[] typeOf, int[][] members) {
        this.instance = instance;
        this.typeOf = typeOf;
        this.members = members;
    }

    /** Groups the agents of {@code instance} by quota membership. */
    static TypeAggregation of(SortitionInstance instance) {
        int n = instance.n();
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byKey.computeIfAbsent(Arrays.toString(instance.agentQuotas(i)), key -> new ArrayList<>()).add(i);
        }
        int[] typeOf = new int[n];
        int[][] members = new int[byKey.size()][];
        int t = 0;
        for (List<Integer> group : byKey.values()) {
            members[t] = group.stream().mapToInt(Integer::intValue).toArray();
            for (int i : members[t]) {
                typeOf[i] = t;
            }
            t++;
        }
        return new TypeAggregation(instance, typeOf, members);
    }

    /**
     * Whether solving over types is exact and smaller: no multi-person household (a household constraint
     * tells apart agents of one type; singleton households constrain nothing) and fewer types than agents.
     */
    boolean reduces() {
        return instance.households().length == 0 && count() < instance.n();
    }

    SortitionInstance instance() {
        return instance;
    }

    /** Number of types. */
    int count() {
        return members.length;
    }

    /** Type of agent {@code i}. */
    int typeOf(int i) {
        return typeOf[i];
    }

    /** Members of type {@code t}, in pool order. */
    int[] members(int t) {
        return members[t];
    }

    /** Number of members of type {@code t}. */
    int size(int t) {
        return members[t].length;
    }

    /** Quotas the members of type {@code t} count towards. */
    int[] quotas(int t) {
        return instance.agentQuotas(members[t][0]);
    }

    /**
     * The seeded cyclic order of each type used by {@link #expand}: the members of each type shuffled
     * (Fisher–Yates) by one {@link SplittableRandom} on {@code seed}, types taken in order.
     */
    int[][] cyclicOrders(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x7970652d6379636cL);
        int[][] orders = new int[members.length][];
        for (int t = 0; t < members.length; t++) {
            int[] order = members[t].clone();
            for (int i = order.length - 1; i >= 1; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            orders[t] = order;
        }
        return orders;
    }

    /**
     * Expands a type-panel (a count per type) of probability {@code weight} into agent panels whose
     * weights sum to {@code weight} and in which every member of type t is selected with total weight
     * exactly {@code weight * counts[t] / size(t)}.
     *
     * <p>Balanced rotation: for a type of size s and count c (0 &lt; c &lt; s), rotation j (0 &le; j &lt; r,
     * r = s / gcd(s, c)) takes the c consecutive members starting at position {@code j·c mod s} of the
     * type's cyclic order. The r windows tile the cycle exactly c / gcd(s, c) times, so each member lies in
     * c / gcd(s, c) of the r rotations, i.e. with frequency c / s. Types with c = 0 or c = s have a single
     * rotation. To combine the types, the interval [0, 1) is cut at every j / r_t of every type; a piece
     * [a, b) uses rotation {@code floor(a · r_t)} of each type t and gets weight {@code weight · (b - a)}.
     * Each rotation of type t thus receives total length 1 / r_t (it is the union of the pieces inside
     * [j / r_t, (j + 1) / r_t)), giving the exact marginals; with a single non-trivial type this is r
     * rotations of weight {@code weight / r} each. At most {@code 1 + sum_t (r_t - 1)} panels, pairwise
     * distinct. Deterministic for given orders.
     *
     * @param orders       {@link #cyclicOrders}
     * @param panelsOut    receives the agent panels (sorted agent indexes)
     * @param weightsOut   receives their weights
     */
    void expand(int[] counts, double weight, int[][] orders, List<int[]> panelsOut, List<Double> weightsOut) {
        int types = members.length;
        long[] rotations = new long[types];
        List<long[]> cuts = new ArrayList<>(); // fractions {numerator, denominator} in (0, 1)
        for (int t = 0; t < types; t++) {
            int s = size(t);
            int c = counts[t];
            rotations[t] = c == 0 || c == s ? 1 : s / gcd(s, c);
            for (long j = 1; j < rotations[t]; j++) {
                cuts.add(new long[] {j, rotations[t]});
            }
        }
        cuts.sort((x, y) -> Long.compare(x[0] * y[1], y[0] * x[1]));
        List<long[]> starts = new ArrayList<>(cuts.size() + 1);
        starts.add(new long[] {0, 1});
        for (long[] cut : cuts) {
            long[] last = starts.get(starts.size() - 1);
            if (cut[0] * last[1] != last[0] * cut[1]) {
                starts.add(cut);
            }
        }
        int k = Arrays.stream(counts).sum();
        for (int piece = 0; piece < starts.size(); piece++) {
            long[] a = starts.get(piece);
            double from = (double) a[0] / a[1];
            double to = piece + 1 < starts.size()
                    ? (double) starts.get(piece + 1)[0] / starts.get(piece + 1)[1] : 1.0;
            int[] panel = new int[k];
            int m = 0;
            for (int t = 0; t < types; t++) {
                int s = size(t);
                int c = counts[t];
                long j = a[0] * rotations[t] / a[1];
                long first = (j * c) % s;
                for (int x = 0; x < c; x++) {
                    panel[m++] = orders[t][(int) ((first + x) % s)];
                }
            }
            Arrays.sort(panel);
            panelsOut.add(panel);
            weightsOut.add(weight * (to - from));
        }
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int r = a % b;
            a = b;
            b = r;
        }
        return a;
    }
}
