package fr.agora.budget.service;

import fr.agora.budget.BallotItem;
import fr.agora.budget.BudgetBallot;
import fr.agora.budget.domain.Edition;
import fr.agora.budget.domain.Proposal;
import fr.agora.budget.domain.ProposalRepository;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission citoyenne: its members (recorded per edition) decide on each feasible proposal with a reason; a
 * member who holds or co-holds a proposal cannot decide on it. Only the proposals it passes reach the ballot.
 */
@Service
public class CommissionService implements BudgetBallot {

    private final ProposalRepository proposals;
    private final EditionService editions;
    private final ProposalMapper mapper;
    private final ProposalNotifier notifier;
    private final BudgetAccess access;
    private final AuditService audit;
    private final Clock clock;

    CommissionService(ProposalRepository proposals, EditionService editions, ProposalMapper mapper,
            ProposalNotifier notifier, BudgetAccess access, AuditService audit, Clock clock) {
        this.proposals = proposals;
        this.editions = editions;
        this.mapper = mapper;
        this.notifier = notifier;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in user sits on the edition's commission. */
    @Transactional(readOnly = true)
    public boolean isMember(long editionId) {
        return access.email() != null && editions.load(editionId).isCommissionMember(access.email());
    }

    /** The feasible proposals awaiting the commission, and those it decided; for its members and staff. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProposalSummary> agenda(long editionId, Locale locale) {
        Edition e = editions.load(editionId);
        if (!e.isCommissionMember(access.email()) && !access.staff()) {
            throw new BusinessException("budget.commission.not-member");
        }
        return mapper.summaries(proposals.findByEditionAndStatusIn(editionId, EnumSet.of(ProposalStatus.FEASIBLE,
                ProposalStatus.FEASIBLE_WITH_CHANGES, ProposalStatus.PASSED, ProposalStatus.REJECTED,
                ProposalStatus.ON_BALLOT)), locale, access.today());
    }

    /** A member's decision, with its reason. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void decide(long proposalId, boolean passed, String reason) {
        Proposal p = load(proposalId);
        String me = access.email();
        if (!p.getEdition().isCommissionMember(me)) {
            throw access.refuse("BUDGET_COMMISSION_REFUSED", proposalId, "budget.commission.not-member");
        }
        try {
            p.decide(passed, reason, me, clock.instant());
        } catch (BusinessException e) {
            throw access.refuse("BUDGET_COMMISSION_REFUSED", proposalId, e);
        }
        audit.record(passed ? "BUDGET_COMMISSION_PASSED" : "BUDGET_COMMISSION_REJECTED", "budget_proposal", proposalId,
                Map.of("reason", p.getCommissionReason()));
        notifier.statusChanged(p, p.getCommissionReason(), me);
    }

    /** Places one passed proposal on the ballot (staff); anything the commission did not pass is refused. */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public void placeOnBallot(long proposalId) {
        Proposal p = load(proposalId);
        try {
            p.placeOnBallot(clock.instant());
        } catch (BusinessException e) {
            throw access.refuse("BUDGET_BALLOT_REFUSED", proposalId, e);
        }
        audit.record("BUDGET_PROPOSAL_ON_BALLOT", "budget_proposal", proposalId, Map.of());
        notifier.statusChanged(p, null, null);
    }

    /** Places every passed proposal of an edition on the ballot (staff); returns how many. */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public int openBallot(long editionId) {
        List<Proposal> passed = proposals.findByEditionAndStatusIn(editionId, EnumSet.of(ProposalStatus.PASSED));
        for (Proposal p : passed) {
            p.placeOnBallot(clock.instant());
            audit.record("BUDGET_PROPOSAL_ON_BALLOT", "budget_proposal", p.getId(), Map.of());
            notifier.statusChanged(p, null, null);
        }
        return passed.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BallotItem> ballot(long editionId) {
        return proposals.findByEditionAndStatusIn(editionId, EnumSet.of(ProposalStatus.ON_BALLOT)).stream()
                .map(p -> new BallotItem(p.getId(), editionId, p.getTitle(), p.cost(), p.getEnvelopeCode())).toList();
    }

    private Proposal load(long id) {
        return proposals.findWithEdition(id).orElseThrow(() -> new BusinessException("budget.proposal.unknown"));
    }
}
