package fr.agora.voting;

/** Whether a vote is secret or names its voters. */
public enum Secrecy {
    /** Nothing links a voter to a choice (the default of every vote). */
    SECRET,
    /**
     * An open vote (a plenary motion voted by name): each ballot is also recorded with its voter, and the names are
     * published with the result.
     */
    OPEN
}
