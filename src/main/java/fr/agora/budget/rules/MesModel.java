package fr.agora.budget.rules;

/**
 * Supporters of each project with their utilities, built once and reused by every MES run
 * (Add1 runs MES hundreds of times).
 */
final class MesModel {

    final PbInstance in;
    final Utility utility;
    final int[][] supG;
    /** Utility of each supporter group, null when all are 1. */
    final long[][] supU;
    /** Sum over supporters of multiplicity x utility. */
    final long[] weight;
    /** Sum over supporters of multiplicity. */
    final long[] heads;
    final boolean costKey;

    MesModel(PbInstance in, Utility utility) {
        this.in = in;
        this.utility = utility;
        this.costKey = utility == Utility.COST;
        int pc = in.projectCount;
        int[] count = new int[pc];
        for (int g = 0; g < in.groupCount; g++) {
            int[] b = in.ballots[g];
            for (int k = 0; k < b.length; k++) {
                if (util(g, k) > 0) {
                    count[b[k]]++;
                }
            }
        }
        supG = new int[pc][];
        supU = new long[pc][];
        weight = new long[pc];
        heads = new long[pc];
        boolean unit = utility == Utility.COST || utility == Utility.CARDINALITY;
        for (int p = 0; p < pc; p++) {
            supG[p] = new int[count[p]];
            supU[p] = unit ? null : new long[count[p]];
        }
        int[] fill = new int[pc];
        for (int g = 0; g < in.groupCount; g++) {
            int[] b = in.ballots[g];
            for (int k = 0; k < b.length; k++) {
                long u = util(g, k);
                if (u > 0) {
                    int p = b[k];
                    if (!unit) {
                        supU[p][fill[p]] = u;
                    }
                    supG[p][fill[p]++] = g;
                    weight[p] += u * in.mult[g];
                    heads[p] += in.mult[g];
                }
            }
        }
    }

    private long util(int g, int k) {
        return switch (utility) {
            case COST, CARDINALITY -> 1;
            case SCORE -> in.points[g] == null ? 1 : in.points[g][k];
            case BORDA -> in.ballots[g].length - k - 1L;
        };
    }

    /** True when the project can take part in MES (supported and not free). */
    boolean eligible(int p) {
        return weight[p] > 0 && in.cost[p] > 0;
    }
}
