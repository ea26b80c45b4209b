package fr.agora.budget.domain;

/** What an earmarked part of the budget is for. */
public enum EnvelopeKind {
    /** A secteur or a QPV: proposals located there. */
    TERRITORY,
    /** A theme. */
    THEMATIC,
    /** The Classes citoyennes: projects of class accounts only. */
    CLASSES
}
