package fr.agora.budget.domain;

/** The steps shown in a proposal's public history. */
public enum ProposalEventKind {
    DEPOSITED, EDITED, CHANGES_REQUESTED, HIDDEN, SHOWN, MERGED, ABSORBED, ASSIGNED, REVIEWED, DECIDED, BALLOT
}
