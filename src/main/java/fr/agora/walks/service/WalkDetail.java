package fr.agora.walks.service;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.walks.domain.GroupComposition;
import fr.agora.walks.domain.WalkState;
import java.time.Instant;
import java.util.List;

/**
 * A walk as staff edit it, including its participants (never public).
 *
 * @param form              the editable basics
 * @param route             the route's points (empty when not drawn)
 * @param sentRecommendations how many recommendations have been transmitted
 */
public record WalkDetail(long id, WalkForm form, String territoryName, String territoryCode, List<GeoPoint> route,
        String routeGeoJson, WalkState state, String followUpSummary, Instant followUpPublishedAt, Instant publishedAt,
        String revisitOfTitle, List<ParticipantData> participants, List<GroupComposition.Warning> warnings,
        long sentRecommendations) {

    public boolean published() {
        return publishedAt != null;
    }
}
