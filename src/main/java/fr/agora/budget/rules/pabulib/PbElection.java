package fr.agora.budget.rules.pabulib;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed Pabulib election: META, projects and ballots grouped by identical content.
 *
 * @param fileName       name used in error messages
 * @param meta           META section in file order
 * @param projectColumns header of the PROJECTS section
 * @param projects       projects in file order
 * @param voterColumns   header of the VOTES section minus {@code voter_id}, {@code vote} and {@code points}
 * @param voters         voters in file order; may be empty when the election was built without voter
 *                       records (then the writer invents ids)
 * @param groups         distinct ballots with their multiplicities
 * @param budget         exact budget
 * @param voteType       vote type
 */
public record PbElection(String fileName, Map<String, String> meta, List<String> projectColumns,
        List<PbProject> projects, List<String> voterColumns, List<PbVoter> voters, List<BallotGroup> groups,
        BigDecimal budget, VoteType voteType) {

    /** Number of voters (sum of the multiplicities). */
    public int voterCount() {
        int n = 0;
        for (BallotGroup g : groups) {
            n += g.multiplicity();
        }
        return n;
    }

    /** Index of a project id, or -1. */
    public int indexOf(String projectId) {
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i).id().equals(projectId)) {
                return i;
            }
        }
        return -1;
    }

    /** Compares the content (not the file name, nor the voter order beyond their ballots). */
    public boolean sameContent(PbElection o) {
        return meta.equals(o.meta) && projectColumns.equals(o.projectColumns) && projects.equals(o.projects)
                && voterColumns.equals(o.voterColumns) && groups.equals(o.groups)
                && budget.compareTo(o.budget) == 0 && voteType == o.voteType
                && voters.size() == o.voters.size() && votersEqual(o);
    }

    private boolean votersEqual(PbElection o) {
        for (int i = 0; i < voters.size(); i++) {
            PbVoter a = voters.get(i);
            PbVoter b = o.voters.get(i);
            if (!a.id().equals(b.id()) || a.group() != b.group()
                    || !java.util.Arrays.equals(a.extra(), b.extra())) {
                return false;
            }
        }
        return Objects.equals(fileName, fileName);
    }
}
