package fr.agora.meetings.domain;

/** What kind of body meets. */
public enum BodyKind {
    /** A whole conseil citoyen (both collèges). */
    COUNCIL,
    /** One collège of a conseil citoyen. */
    COLLEGE,
    /** A comité de quartier. */
    COMITE
}
