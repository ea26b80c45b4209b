package fr.agora.budget.domain;

/** Who carries a proposal. */
public enum HolderKind {
    RESIDENT, ASSOCIATION, COLLECTIVE, CLASS
}
