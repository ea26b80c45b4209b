package fr.agora.budget.rules;

import java.util.Comparator;
import java.util.SplittableRandom;

/**
 * Order among tied projects: the smaller project in {@link #comparator} wins.
 */
public enum TieBreak {
    /** pabutools default: project id compared as a string ({@code "10" < "9"}). */
    PABUTOOLS,
    /** equalshares.net: lower cost, then more votes, then a pre-drawn (seeded) random order. */
    EQUALSHARES,
    /** Lower cost, then more votes, then project id as a string. */
    MINCOST_MAXVOTES_ID;

    /** Default seed of the random part of {@link #EQUALSHARES}. */
    public static final long DEFAULT_SEED = 2024L;

    /** Comparator on project indices of an instance. */
    public Comparator<Integer> comparator(PbInstance in, long seed) {
        IntComparator c = intComparator(in, seed);
        return c::compare;
    }

    /** Primitive comparator on project indices. */
    public IntComparator intComparator(PbInstance in, long seed) {
        switch (this) {
            case PABUTOOLS:
                return (a, b) -> compareIds(in.ids[a], in.ids[b]);
            case MINCOST_MAXVOTES_ID:
                return (a, b) -> {
                    int c = Long.compare(in.cost[a], in.cost[b]);
                    if (c != 0) {
                        return c;
                    }
                    c = Long.compare(in.votes[b], in.votes[a]);
                    return c != 0 ? c : compareIds(in.ids[a], in.ids[b]);
                };
            default:
                int[] rank = randomRank(in.projectCount, seed);
                return (a, b) -> {
                    int c = Long.compare(in.cost[a], in.cost[b]);
                    if (c != 0) {
                        return c;
                    }
                    c = Long.compare(in.votes[b], in.votes[a]);
                    return c != 0 ? c : Integer.compare(rank[a], rank[b]);
                };
        }
    }

    /** Primitive comparator. */
    @FunctionalInterface
    public interface IntComparator {
        int compare(int a, int b);
    }

    /** A random permutation drawn once per election, as equalshares.net recommends. */
    static int[] randomRank(int n, long seed) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[perm[i]] = i;
        }
        return rank;
    }

    /** Python string order (by code point), which differs from {@link String#compareTo} beyond the BMP. */
    public static int compareIds(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
