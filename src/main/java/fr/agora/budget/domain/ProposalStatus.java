package fr.agora.budget.domain;

/**
 * Where a proposal stands. {@link #PASSED} proposals are those the commission citoyenne retained: only they can be
 * placed {@link #ON_BALLOT}.
 */
public enum ProposalStatus {
    DRAFT, SUBMITTED, FEASIBLE, FEASIBLE_WITH_CHANGES, NOT_FEASIBLE, PASSED, REJECTED, ON_BALLOT, MERGED;

    /** Reviewed as feasible (possibly with changes): the commission may decide. */
    public boolean feasible() {
        return this == FEASIBLE || this == FEASIBLE_WITH_CHANGES;
    }

    /** Seen by the public (a draft is private to its holders). */
    public boolean published() {
        return this != DRAFT;
    }
}
