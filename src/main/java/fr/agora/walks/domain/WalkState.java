package fr.agora.walks.domain;

/**
 * The steps of a marche exploratoire (2015 contract, L1003-1007), in order: diagnostic terrain, réflexion
 * collective, présentation publique, recommandations transmises, suivi, then clôturée. A walk moves one step
 * forward at a time; staff may step back one step to correct a mistake, except once it is closed.
 */
public enum WalkState {
    DIAGNOSTIC,
    REFLEXION,
    PRESENTATION,
    RECOMMANDATIONS,
    SUIVI,
    CLOTUREE;

    /** The next step, or {@code null} for the last one. */
    public WalkState next() {
        return this == CLOTUREE ? null : values()[ordinal() + 1];
    }

    /** The previous step, or {@code null} for the first one. */
    public WalkState previous() {
        return this == DIAGNOSTIC ? null : values()[ordinal() - 1];
    }

    /** True when a walk may go from this step to {@code target} (one step forward, or one back unless closed). */
    public boolean canMoveTo(WalkState target) {
        return target != null && (target == next() || (this != CLOTUREE && target == previous()));
    }

    /** Pins can be captured during the field diagnostic and, by staff, during the collective reflection. */
    public boolean acceptsObservations() {
        return this == DIAGNOSTIC || this == REFLEXION;
    }
}
