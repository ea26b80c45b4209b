package fr.agora.council.domain;

/** The two collèges of a conseil citoyen (DOMAIN.md §1.3). */
public enum College {
    /** Drawn by lot among residents. */
    HABITANTS,
    /** Associations et acteurs locaux, with the comités de quartier's membres de droit. */
    ASSOCIATIONS
}
