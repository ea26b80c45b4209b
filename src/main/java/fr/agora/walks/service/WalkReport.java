package fr.agora.walks.service;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.walks.domain.GroupComposition;
import fr.agora.walks.domain.GroupType;
import fr.agora.walks.domain.TimeOfDay;
import fr.agora.walks.domain.WalkPartner;
import fr.agora.walks.domain.WalkState;
import fr.agora.walks.domain.WalkTheme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A walk's report as the current viewer may see it: the basics, the route, the group as counts only, the pins the
 * viewer may see, the criteria they use (the legend), the transmitted recommendations with their history, the
 * « suite donnée », and the links between a walk and its revisits. Never a participant's identity.
 */
public record WalkReport(long id, String title, String territoryCode, String territoryName, WalkTheme theme,
        String themeOther, String organiser, LocalDate date, LocalTime startTime, TimeOfDay timeOfDay,
        GroupType groupType, GroupComposition group, List<WalkPartner> partners, List<GeoPoint> route, WalkState state,
        boolean published, String followUpSummary, Instant followUpPublishedAt, List<ObservationData> pins,
        List<CriterionData> legend, List<RecommendationData> recommendations, WalkSummary revisitOf,
        List<RecommendationData> earlierRecommendations, List<EvaluationData> evaluations, List<WalkSummary> revisits) {
}
