package fr.agora.budget.service;

import fr.agora.budget.domain.CityService;
import fr.agora.budget.domain.CityServiceRepository;
import fr.agora.budget.domain.Proposal;
import fr.agora.budget.domain.ProposalRepository;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feasibility analysis by the city's services: staff assign each deposited proposal to a service with a due date;
 * a SERVICE_REVIEWER of that service (and only of that service) answers feasible, feasible with changes or not
 * feasible, with public reasons and the service's cost. Unanswered reviews past their due date are shown to staff.
 */
@Service
public class ReviewService {

    static final String REVIEWERS = "hasRole('" + Role.Names.SERVICE_REVIEWER + "')";

    private final ProposalRepository proposals;
    private final CityServiceRepository services;
    private final ProposalMapper mapper;
    private final ProposalNotifier notifier;
    private final BudgetAccess access;
    private final AuditService audit;
    private final Clock clock;

    ReviewService(ProposalRepository proposals, CityServiceRepository services, ProposalMapper mapper,
            ProposalNotifier notifier, BudgetAccess access, AuditService audit, Clock clock) {
        this.proposals = proposals;
        this.services = services;
        this.mapper = mapper;
        this.notifier = notifier;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The city services and their reviewers. */
    @PreAuthorize(BudgetAccess.STAFF + " or " + REVIEWERS)
    @Transactional(readOnly = true)
    public List<ServiceData> services() {
        return services.findAllByOrderByNameAsc().stream().map(ServiceData::of).toList();
    }

    /** Makes an account a reviewer for a service (staff). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public void addReviewer(long serviceId, String email) {
        CityService s = services.findById(serviceId).orElseThrow(() -> new BusinessException("budget.service.unknown"));
        String e = EditionService.requireEmail(email);
        s.addReviewer(e);
        audit.record("BUDGET_REVIEWER_ADDED", "budget_city_service", serviceId, Map.of("reviewer", e));
    }

    /** Every deposited proposal of an edition awaiting or past review, for staff (overdue ones are marked). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ProposalSummary> board(long editionId, Locale locale) {
        return mapper.summaries(proposals.findByEditionAndStatusIn(editionId, EnumSet.of(ProposalStatus.SUBMITTED,
                ProposalStatus.FEASIBLE, ProposalStatus.FEASIBLE_WITH_CHANGES, ProposalStatus.NOT_FEASIBLE)), locale,
                access.today());
    }

    /** Assigns a proposal's review to a service, due after the edition's review delay (staff). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public void assign(long proposalId, long serviceId) {
        Proposal p = load(proposalId);
        CityService s = services.findById(serviceId).orElseThrow(() -> new BusinessException("budget.service.unknown"));
        p.assign(s.getId(), access.today().plusDays(p.getEdition().getReviewDays()), clock.instant());
        audit.record("BUDGET_REVIEW_ASSIGNED", "budget_proposal", proposalId, Map.of("service", s.getCode(),
                "due", p.getReviewDue().toString()));
    }

    /** The proposals awaiting the signed-in reviewer's services. */
    @PreAuthorize(REVIEWERS)
    @Transactional(readOnly = true)
    public List<ProposalSummary> toReview(long editionId, Locale locale) {
        List<Long> mine = services.findByReviewer(access.email()).stream().map(CityService::getId).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        return mapper.summaries(proposals.findToReview(editionId, mine), locale, access.today());
    }

    /** Records the service's answer; refused to a reviewer of another service. */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public void review(long proposalId, ReviewInput input) {
        Proposal p = load(proposalId);
        String me = access.email();
        CityService service = p.getServiceId() == null ? null : services.findById(p.getServiceId()).orElse(null);
        if (service == null || !service.hasReviewer(me)) {
            throw access.refuse("BUDGET_REVIEW_REFUSED", proposalId, p.getServiceId() == null
                    ? "budget.review.not-reviewable" : "budget.review.other-service");
        }
        try {
            p.review(service.getId(), input.outcome(), input.reasons(), input.scope(), input.serviceEuros(), clock.instant());
        } catch (BusinessException e) {
            throw access.refuse("BUDGET_REVIEW_REFUSED", proposalId, e);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("service", service.getCode());
        d.put("outcome", input.outcome().name());
        d.put("cost", String.valueOf(p.getServiceEuros()));
        d.put("reasons", String.valueOf(p.getReviewReasons()));
        audit.record("BUDGET_PROPOSAL_REVIEWED", "budget_proposal", proposalId, d);
        notifier.statusChanged(p, p.getReviewReasons(), me);
    }

    private Proposal load(long id) {
        return proposals.findWithEdition(id).orElseThrow(() -> new BusinessException("budget.proposal.unknown"));
    }
}
