package fr.agora.walks.service;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.walks.domain.RecommendationRepository;
import fr.agora.walks.domain.RevisitEvaluationRepository;
import fr.agora.walks.domain.Walk;
import fr.agora.walks.domain.WalkRepository;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report of a walk, as its public page and its exports show it. The public sees a published walk with its
 * published, non-internal pins (hidden texts removed) and its transmitted recommendations; partners involved also
 * see internal pins; staff see everything, including a walk not yet published. Never a participant's identity.
 */
@Service
public class WalkReportService {

    private final WalkRepository walks;
    private final ObservationService observations;
    private final RecommendationService recommendationService;
    private final RecommendationRepository recommendations;
    private final RevisitEvaluationRepository evaluations;
    private final AuditService audit;

    WalkReportService(WalkRepository walks, ObservationService observations,
            RecommendationService recommendationService, RecommendationRepository recommendations,
            RevisitEvaluationRepository evaluations, AuditService audit) {
        this.walks = walks;
        this.observations = observations;
        this.recommendationService = recommendationService;
        this.recommendations = recommendations;
        this.evaluations = evaluations;
        this.audit = audit;
    }

    /** The report as the current viewer may see it. */
    @Transactional(readOnly = true)
    public WalkReport report(long walkId) {
        return build(walkId, false);
    }

    /** The report as the public sees it, whoever asks (exports are public documents). */
    @Transactional(readOnly = true)
    public WalkReport publicReport(long walkId) {
        return build(walkId, true);
    }

    private WalkReport build(long walkId, boolean publicOnly) {
        Walk walk = walks.findWithTerritory(walkId).orElseThrow(() -> new BusinessException("walk.unknown"));
        boolean staff = WalkAccess.isModerator();
        if (!walk.isPublished() && (publicOnly || !staff)) {
            if (!publicOnly) {
                audit.recordRefusal(CurrentUser.actor(), "WALK_REPORT_READ", "walk", walkId, Map.of("reason", "unpublished"));
            }
            throw new BusinessException("walk.unknown");
        }
        List<ObservationData> pins = observations.visiblePins(walk, publicOnly);
        Set<Long> visibleIds = new HashSet<>();
        pins.forEach(p -> visibleIds.add(p.id()));
        Map<Long, CriterionData> legend = new LinkedHashMap<>();
        pins.stream().map(ObservationData::criterion)
                .sorted(Comparator.comparingInt(CriterionData::sortOrder).thenComparing(CriterionData::id))
                .forEach(c -> legend.putIfAbsent(c.id(), c));

        List<RecommendationData> recs = sent(walk.getId(), visibleIds);
        WalkSummary earlier = null;
        List<RecommendationData> earlierRecs = List.of();
        List<EvaluationData> evals;
        if (walk.getRevisitOf() != null && (walk.getRevisitOf().isPublished() || (staff && !publicOnly))) {
            Walk e = walk.getRevisitOf();
            earlier = new WalkSummary(e.getId(), e.getTitle(), walk.getTerritory().getCode(), walk.getTerritory().getName(),
                    e.getTheme(), e.getThemeOther(), e.getDate(), e.getTimeOfDay(), e.getState(), e.isPublished());
            earlierRecs = sent(e.getId(), Set.of());
            evals = evaluations.findByRevisit(walk.getId()).stream().map(RecommendationService::evaluation).toList();
        } else {
            evals = evaluations.findForEarlierWalk(walk.getId()).stream()
                    .filter(ev -> ev.getRevisit().isPublished() || (staff && !publicOnly))
                    .map(RecommendationService::evaluation).toList();
        }
        List<WalkSummary> revisits = walks.findRevisitsOf(walk.getId()).stream()
                .filter(w -> w.isPublished() || (staff && !publicOnly))
                .map(w -> new WalkSummary(w.getId(), w.getTitle(), walk.getTerritory().getCode(), walk.getTerritory().getName(),
                        w.getTheme(), w.getThemeOther(), w.getDate(), w.getTimeOfDay(), w.getState(), w.isPublished()))
                .toList();
        return new WalkReport(walk.getId(), walk.getTitle(), walk.getTerritory().getCode(), walk.getTerritory().getName(),
                walk.getTheme(), walk.getThemeOther(), walk.getOrganiser(), walk.getDate(), walk.getStartTime(),
                walk.getTimeOfDay(), walk.getGroupType(), walk.getGroup(), List.copyOf(walk.getPartners()),
                WalkService.route(walk), walk.getState(), walk.isPublished(), walk.getFollowUpSummary(),
                walk.getFollowUpPublishedAt(), pins, List.copyOf(legend.values()), recs, earlier, earlierRecs, evals, revisits);
    }

    /** Transmitted recommendations; linked pins reduced to those the viewer sees. */
    private List<RecommendationData> sent(long walkId, Set<Long> visiblePins) {
        return recommendations.findByWalk(walkId).stream()
                .filter(r -> r.getStatus().isSent())
                .map(recommendationService::data)
                .map(r -> new RecommendationData(r.id(), r.walkId(), r.walkTitle(), r.title(), r.body(), r.addressee(),
                        r.dueDate(), r.status(), r.refusalReason(),
                        r.observationIds().stream().filter(visiblePins::contains).toList(), r.history(), r.overdue()))
                .toList();
    }
}
