package fr.agora.budget.domain;

/** A city service's feasibility answer. */
public enum ReviewOutcome {
    FEASIBLE, FEASIBLE_WITH_CHANGES, NOT_FEASIBLE;

    ProposalStatus status() {
        return ProposalStatus.valueOf(name());
    }
}
