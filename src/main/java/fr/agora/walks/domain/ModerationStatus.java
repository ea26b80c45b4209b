package fr.agora.walks.domain;

/** A pin is reviewed before anyone but staff sees it. */
public enum ModerationStatus {
    PENDING,
    PUBLISHED,
    REJECTED
}
