package fr.agora.walks.service;

import fr.agora.walks.domain.RecommendationStatus;
import java.time.Instant;

/** One line of a recommendation's public history; {@code actorOrg} is {@code null} for the city. */
public record HistoryData(Instant at, RecommendationStatus from, RecommendationStatus to, String actorOrg, String comment) {

    /** True when this line is a comment without a status change. */
    public boolean isComment() {
        return from == to;
    }
}
