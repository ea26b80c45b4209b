package fr.agora.meetings.domain;

/** What a visite found: a problem met daily, or a need residents expressed. */
public enum ItemKind {
    PROBLEM, NEED
}
