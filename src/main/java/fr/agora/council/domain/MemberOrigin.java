package fr.agora.council.domain;

/** How a member came to the council. */
public enum MemberOrigin {
    /** Drawn by lot (Collège Habitants). */
    DRAW,
    /** Designated or elected by the associations and local actors. */
    ASSOCIATION,
    /** Designated by a comité de quartier of the territory (an Amiens initiative). */
    MEMBRE_DE_DROIT,
    /** Entered by staff from a paper or in-person designation. */
    ASSISTED
}
