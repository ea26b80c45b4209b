package fr.agora.walks.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a recommendation: proposée by the group, transmise to its addressee, who accepts it or refuses it
 * (with a reason); an accepted one goes en cours, then réalisée.
 */
public enum RecommendationStatus {
    PROPOSEE,
    TRANSMISE,
    ACCEPTEE,
    REFUSEE,
    EN_COURS,
    REALISEE;

    /** The statuses this one may move to. */
    public Set<RecommendationStatus> successors() {
        return switch (this) {
            case PROPOSEE -> EnumSet.of(TRANSMISE);
            case TRANSMISE -> EnumSet.of(ACCEPTEE, REFUSEE);
            case ACCEPTEE -> EnumSet.of(EN_COURS);
            case EN_COURS -> EnumSet.of(REALISEE);
            case REFUSEE, REALISEE -> EnumSet.noneOf(RecommendationStatus.class);
        };
    }

    public boolean canMoveTo(RecommendationStatus target) {
        return successors().contains(target);
    }

    /** True once the recommendation has left the group, i.e. it is public and counts as sent. */
    public boolean isSent() {
        return this != PROPOSEE;
    }

    /** True when the addressee's answer is awaited or the work is under way. */
    public boolean isOpen() {
        return this == TRANSMISE || this == ACCEPTEE || this == EN_COURS;
    }
}
