package fr.agora.budget.rules.pabulib;

import java.util.Arrays;

/**
 * Identical ballots merged into one group. Approval ballots are stored as a sorted set of project
 * indices; ordinal ballots keep their ranking order; cumulative and scoring ballots keep their points.
 *
 * @param projects     project indices (into {@link PbElection#projects()})
 * @param points       points given to each project, aligned with {@code projects}; null for approval
 *                     and ordinal ballots
 * @param multiplicity number of voters who cast this ballot
 */
public record BallotGroup(int[] projects, long[] points, int multiplicity) {

    @Override
    public boolean equals(Object o) {
        return o instanceof BallotGroup g && g.multiplicity == multiplicity
                && Arrays.equals(projects, g.projects) && Arrays.equals(points, g.points);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(projects) * 31 + Arrays.hashCode(points) + multiplicity;
    }

    @Override
    public String toString() {
        return Arrays.toString(projects) + (points == null ? "" : Arrays.toString(points)) + "x" + multiplicity;
    }
}
