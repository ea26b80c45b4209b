package fr.agora.council.domain;

/** The steps of a draw ceremony, in order; a step never goes back. */
public enum DrawStatus {
    /** The pool is being imported. */
    OPEN,
    /** Pool and quotas frozen, commitment published. */
    FROZEN,
    /** The LEXIMIN distribution is computed. */
    COMPUTED,
    /** Drawn with the public entropy; the record is published. */
    DRAWN
}
