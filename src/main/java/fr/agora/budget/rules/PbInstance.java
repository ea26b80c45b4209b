package fr.agora.budget.rules;

import fr.agora.budget.rules.pabulib.BallotGroup;
import fr.agora.budget.rules.pabulib.PbElection;
import fr.agora.budget.rules.pabulib.PbProject;
import java.math.BigDecimal;
import java.util.List;

/**
 * An election compiled for the rules: money as exact integers in units of 10^-scale, ballots as
 * grouped index arrays, vote counts and scores precomputed.
 */
public final class PbInstance {

    final PbElection election;
    final int projectCount;
    final String[] ids;
    /** Costs in units of 10^-scale. */
    final long[] cost;
    /** Budget in units of 10^-scale. */
    final long budget;
    final int scale;
    final int voters;
    final int groupCount;
    final int[] mult;
    final int[][] ballots;
    final long[][] points;
    /** Number of voters naming each project. */
    final long[] votes;
    /** Total points of each project (points ballots), else the vote count. */
    final long[] score;

    /** Compiles a parsed election. */
    public PbInstance(PbElection e) {
        this.election = e;
        List<PbProject> ps = e.projects();
        projectCount = ps.size();
        int s = Math.max(0, e.budget().stripTrailingZeros().scale());
        for (PbProject p : ps) {
            s = Math.max(s, p.cost().stripTrailingZeros().scale());
        }
        scale = s;
        ids = new String[projectCount];
        cost = new long[projectCount];
        for (int i = 0; i < projectCount; i++) {
            ids[i] = ps.get(i).id();
            cost[i] = ps.get(i).cost().movePointRight(scale).longValueExact();
        }
        budget = e.budget().movePointRight(scale).longValueExact();
        List<BallotGroup> gs = e.groups();
        groupCount = gs.size();
        mult = new int[groupCount];
        ballots = new int[groupCount][];
        points = new long[groupCount][];
        votes = new long[projectCount];
        score = new long[projectCount];
        int n = 0;
        for (int g = 0; g < groupCount; g++) {
            BallotGroup b = gs.get(g);
            mult[g] = b.multiplicity();
            ballots[g] = b.projects();
            points[g] = b.points();
            n += b.multiplicity();
            for (int k = 0; k < b.projects().length; k++) {
                int p = b.projects()[k];
                votes[p] += b.multiplicity();
                score[p] += b.points() == null ? b.multiplicity() : b.points()[k] * b.multiplicity();
            }
        }
        voters = n;
    }

    /** The parsed election. */
    public PbElection election() {
        return election;
    }

    /** Money in units of 10^-scale as a decimal string in currency units. */
    public String money(long scaled) {
        return BigDecimal.valueOf(scaled, scale).stripTrailingZeros().toPlainString();
    }

    /** Money as a decimal. */
    public BigDecimal moneyDecimal(long scaled) {
        return BigDecimal.valueOf(scaled, scale);
    }

    /** Project id of an index. */
    public String id(int p) {
        return ids[p];
    }

    /** Number of projects. */
    public int projectCount() {
        return projectCount;
    }

    /** Number of voters. */
    public int voterCount() {
        return voters;
    }

    /** Sum of the costs of some projects, in scaled units. */
    long totalCost(int[] selected) {
        long t = 0;
        for (int p : selected) {
            t += cost[p];
        }
        return t;
    }
}
