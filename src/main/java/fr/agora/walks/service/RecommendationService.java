package fr.agora.walks.service;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.walks.domain.Observation;
import fr.agora.walks.domain.ObservationRepository;
import fr.agora.walks.domain.Organisations;
import fr.agora.walks.domain.Recommendation;
import fr.agora.walks.domain.RecommendationRepository;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.walks.domain.RevisitEvaluation;
import fr.agora.walks.domain.RevisitEvaluationRepository;
import fr.agora.walks.domain.Verdict;
import fr.agora.walks.domain.Walk;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations: staff draft them from the walk's pins and transmit them to an organisation; a partner account
 * of that organisation (and only of that one) reads and answers them: accepted, refused with a reason, in progress,
 * done. Every change is public history. A revisit walk records what changed on the ground.
 */
@Service
public class RecommendationService {

    static final String PARTNER = "hasRole('" + Role.Names.PARTNER + "')";

    private final WalkService walks;
    private final RecommendationRepository recommendations;
    private final ObservationRepository observations;
    private final RevisitEvaluationRepository evaluations;
    private final WalkAccess access;
    private final AuditService audit;
    private final Clock clock;

    RecommendationService(WalkService walks, RecommendationRepository recommendations, ObservationRepository observations,
            RevisitEvaluationRepository evaluations, WalkAccess access, AuditService audit, Clock clock) {
        this.walks = walks;
        this.recommendations = recommendations;
        this.observations = observations;
        this.evaluations = evaluations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many sent recommendations are still open past their due date (the staff dashboard). */
    @PreAuthorize(WalkService.STAFF)
    @Transactional(readOnly = true)
    public long overdueCount() {
        return recommendations.countOverdue(java.util.Arrays.stream(RecommendationStatus.values())
                .filter(RecommendationStatus::isOpen).toList(), LocalDate.now(clock));
    }

    /** A walk's recommendations, drafts included. */
    @PreAuthorize(WalkService.STAFF)
    @Transactional(readOnly = true)
    public List<RecommendationData> forWalk(long walkId) {
        return recommendations.findByWalk(walkId).stream().map(this::data).toList();
    }

    @PreAuthorize(WalkService.STAFF)
    @Transactional
    public RecommendationData create(long walkId, RecommendationForm form) {
        Walk walk = walks.find(walkId);
        Recommendation r;
        try {
            r = new Recommendation(walk, form.title(), form.body(), form.addressee(), form.dueDate(), clock.instant());
            r.setObservations(linked(walkId, form.observationIds()));
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        recommendations.save(r);
        audit.record("WALK_RECOMMENDATION_CREATED", "walk_recommendation", r.getId(), Map.of("walk", walkId,
                "addressee", r.getAddressee()));
        return data(r);
    }

    /** Changes a recommendation while it is still a proposal. */
    @PreAuthorize(WalkService.STAFF)
    @Transactional
    public RecommendationData update(long id, RecommendationForm form) {
        Recommendation r = find(id);
        try {
            r.edit(form.title(), form.body(), form.addressee(), form.dueDate(), clock.instant());
            r.setObservations(linked(r.getWalk().getId(), form.observationIds()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BusinessException(e.getMessage());
        }
        audit.record("WALK_RECOMMENDATION_UPDATED", "walk_recommendation", id, Map.of("addressee", r.getAddressee()));
        return data(r);
    }

    /**
     * Staff move a recommendation: transmit it, or record an answer given outside the portal (by mail, in a
     * meeting); the history then names the city as the actor.
     */
    @PreAuthorize(WalkService.STAFF)
    @Transactional
    public RecommendationData changeStatus(long id, RecommendationStatus target, String comment) {
        Recommendation r = find(id);
        move(r, target, null, comment);
        return data(r);
    }

    /** The recommendations transmitted to the partner's organisation, by due date. */
    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public List<RecommendationData> forMyOrganisation() {
        String org = access.partnerOrganisation().orElseThrow(() -> new BusinessException("walk.partner.no-organisation"));
        return recommendations.findByAddressee(Organisations.key(org), EnumSet.complementOf(EnumSet.of(RecommendationStatus.PROPOSEE)))
                .stream().map(this::data).toList();
    }

    /** One recommendation, if it is addressed to the partner's organisation; any other is refused and audited. */
    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public RecommendationData getForPartner(long id) {
        return data(partnerOwned(id, "WALK_RECOMMENDATION_READ"));
    }

    /** The partner answers: accepted, refused (a reason is required), in progress, done. */
    @PreAuthorize(PARTNER)
    @Transactional
    public RecommendationData answer(long id, RecommendationStatus target, String comment) {
        Recommendation r = partnerOwned(id, "WALK_RECOMMENDATION_ANSWERED");
        if (target == RecommendationStatus.TRANSMISE || target == RecommendationStatus.PROPOSEE) {
            throw new BusinessException("walk.recommendation.transition");
        }
        move(r, target, r.getAddressee(), comment);
        return data(r);
    }

    /** The partner adds a progress note without changing the status. */
    @PreAuthorize(PARTNER)
    @Transactional
    public RecommendationData comment(long id, String comment) {
        Recommendation r = partnerOwned(id, "WALK_RECOMMENDATION_COMMENTED");
        try {
            r.comment(r.getAddressee(), comment, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        audit.record("WALK_RECOMMENDATION_COMMENTED", "walk_recommendation", id, Map.of());
        return data(r);
    }

    /** Records what a revisit walk found about a recommendation of the walk it revisits. */
    @PreAuthorize(WalkService.STAFF)
    @Transactional
    public EvaluationData evaluate(long revisitWalkId, long recommendationId, Verdict verdict, String comment) {
        Walk revisit = walks.find(revisitWalkId);
        Recommendation r = find(recommendationId);
        if (verdict == null) {
            throw new BusinessException("walk.revisit.verdict-required");
        }
        RevisitEvaluation e = evaluations.findByRevisitIdAndRecommendationId(revisitWalkId, recommendationId).orElse(null);
        try {
            if (e == null) {
                e = evaluations.save(new RevisitEvaluation(revisit, r, verdict, comment, clock.instant()));
            } else {
                e.update(verdict, comment, clock.instant());
            }
        } catch (IllegalArgumentException ex) {
            throw new BusinessException(ex.getMessage());
        }
        audit.record("WALK_REVISIT_EVALUATED", "walk_recommendation", recommendationId, Map.of("revisit", revisitWalkId,
                "verdict", verdict.name()));
        return evaluation(e);
    }

    private void move(Recommendation r, RecommendationStatus target, String actorOrg, String comment) {
        RecommendationStatus from = r.getStatus();
        try {
            r.changeStatus(target, actorOrg, comment, clock.instant());
        } catch (IllegalStateException | IllegalArgumentException e) {
            audit.recordRefusal(CurrentUser.actor(), "WALK_RECOMMENDATION_STATUS", "walk_recommendation", r.getId(),
                    Map.of("from", from.name(), "to", String.valueOf(target), "reason", e.getMessage()));
            throw new BusinessException(e.getMessage());
        } catch (NullPointerException e) {
            throw new BusinessException("walk.recommendation.transition");
        }
        audit.record("WALK_RECOMMENDATION_STATUS", "walk_recommendation", r.getId(), Map.of("from", from.name(),
                "to", target.name(), "by", actorOrg == null ? "ville" : actorOrg));
    }

    private Recommendation partnerOwned(long id, String action) {
        String org = access.partnerOrganisation().orElseThrow(() -> new BusinessException("walk.partner.no-organisation"));
        Recommendation r = recommendations.findWithWalk(id).orElse(null);
        if (r == null || !r.isAddressedTo(org) || !r.getStatus().isSent()) {
            audit.recordRefusal(CurrentUser.actor(), action, "walk_recommendation", id, Map.of("organisation", org,
                    "reason", "walk.recommendation.not-yours"));
            throw new BusinessException("walk.recommendation.not-yours");
        }
        return r;
    }

    private Set<Observation> linked(long walkId, Set<Long> ids) {
        Set<Observation> set = new HashSet<>();
        if (ids != null && !ids.isEmpty()) {
            for (Observation o : observations.findAllById(ids)) {
                if (!o.getWalk().getId().equals(walkId)) {
                    throw new BusinessException("walk.recommendation.foreign-observation");
                }
                set.add(o);
            }
            if (set.size() != ids.size()) {
                throw new BusinessException("walk.observation.unknown");
            }
        }
        return set;
    }

    private Recommendation find(long id) {
        return recommendations.findWithWalk(id).orElseThrow(() -> new BusinessException("walk.recommendation.unknown"));
    }

    RecommendationData data(Recommendation r) {
        LocalDate today = LocalDate.now(clock);
        return new RecommendationData(r.getId(), r.getWalk().getId(), r.getWalk().getTitle(), r.getTitle(), r.getBody(),
                r.getAddressee(), r.getDueDate(), r.getStatus(), r.getRefusalReason(),
                r.getObservations().stream().map(Observation::getId).sorted().toList(),
                r.getHistory().stream().map(h -> new HistoryData(h.getOccurredAt(), h.getFromStatus(), h.getToStatus(),
                        h.getActorOrg(), h.getComment())).toList(),
                r.getStatus().isOpen() && r.getDueDate() != null && r.getDueDate().isBefore(today));
    }

    static EvaluationData evaluation(RevisitEvaluation e) {
        return new EvaluationData(e.getRecommendation().getId(), e.getRecommendation().getTitle(), e.getVerdict(),
                e.getComment(), e.getEvaluatedAt(), e.getRevisit().getId(), e.getRevisit().getTitle());
    }
}
