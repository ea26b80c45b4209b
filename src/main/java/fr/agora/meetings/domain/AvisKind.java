package fr.agora.meetings.domain;

/** An avis during the consultation window (one per resident), or a comment once the window closed (works). */
public enum AvisKind {
    AVIS, COMMENT
}
