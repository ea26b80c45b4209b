package fr.agora.plenary.domain;

/** How a representative was designated. */
public enum Basis {
    /** By a vote among the conseil's members (the voting core). */
    VOTE,
    /** By a decision recorded in approved minutes of a meeting of the conseil. */
    MINUTES
}
