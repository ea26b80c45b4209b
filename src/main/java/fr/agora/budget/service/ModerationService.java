package fr.agora.budget.service;

import fr.agora.budget.domain.Flag;
import fr.agora.budget.domain.FlagRepository;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation of proposals: hide abusive content with a reason the holders see, show it again, ask the holders for
 * changes, merge duplicates (the holders of both become co-holders), and the queue of residents' flags.
 */
@Service
@PreAuthorize(BudgetAccess.MODERATORS)
public class ModerationService {

    private final ProposalRepository proposals;
    private final FlagRepository flags;
    private final ProposalMapper mapper;
    private final ProposalNotifier notifier;
    private final BudgetAccess access;
    private final AuditService audit;
    private final Clock clock;

    ModerationService(ProposalRepository proposals, FlagRepository flags, ProposalMapper mapper,
            ProposalNotifier notifier, BudgetAccess access, AuditService audit, Clock clock) {
        this.proposals = proposals;
        this.flags = flags;
        this.mapper = mapper;
        this.notifier = notifier;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Deposited proposals of an edition that moderation can still act on, hidden ones included. */
    @Transactional(readOnly = true)
    public List<ProposalSummary> proposals(long editionId, Locale locale) {
        return mapper.summaries(proposals.findByEditionAndStatusIn(editionId, EnumSet.complementOf(
                EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.MERGED))), locale, access.today());
    }

    /** Open flags, oldest first. */
    @Transactional(readOnly = true)
    public List<FlagData> flags() {
        List<Flag> open = flags.findByResolvedAtIsNullOrderByCreatedAtAsc();
        Set<Long> ids = open.stream().map(Flag::getProposalId).collect(Collectors.toSet());
        Map<Long, String> titles = proposals.findAllById(ids).stream().collect(Collectors.toMap(Proposal::getId, Proposal::getTitle));
        return open.stream().map(f -> new FlagData(f.getId(), f.getProposalId(), titles.getOrDefault(f.getProposalId(), ""),
                f.getReason(), f.getCreatedAt())).toList();
    }

    @Transactional
    public void hide(long id, String reason) {
        Proposal p = load(id);
        p.hide(reason, clock.instant());
        resolveFlags(id);
        audit.record("BUDGET_PROPOSAL_HIDDEN", "budget_proposal", id, Map.of("reason", p.getHiddenReason()));
        notifier.statusChanged(p, p.getHiddenReason(), null);
    }

    @Transactional
    public void show(long id) {
        Proposal p = load(id);
        p.show(clock.instant());
        audit.record("BUDGET_PROPOSAL_SHOWN", "budget_proposal", id, Map.of());
    }

    /** Asks the holders for changes; they are mailed with the request. */
    @Transactional
    public void requestChanges(long id, String request) {
        Proposal p = load(id);
        p.requestChanges(request, clock.instant());
        audit.record("BUDGET_CHANGES_REQUESTED", "budget_proposal", id, Map.of("request", p.getChangesRequested()));
        notifier.statusChanged(p, p.getChangesRequested(), null);
    }

    /** Closes a proposal's flags without acting on the proposal. */
    @Transactional
    public void dismissFlags(long id) {
        load(id);
        int n = resolveFlags(id);
        audit.record("BUDGET_FLAGS_DISMISSED", "budget_proposal", id, Map.of("count", n));
    }

    /** Merges {@code duplicateId} into {@code targetId}: both holders carry the target. */
    @Transactional
    public void merge(long duplicateId, long targetId, String reason) {
        Proposal duplicate = load(duplicateId);
        Proposal target = load(targetId);
        try {
            duplicate.mergeInto(target, reason, clock.instant());
        } catch (BusinessException e) {
            throw access.refuse("BUDGET_MERGE_REFUSED", duplicateId, e);
        }
        resolveFlags(duplicateId);
        audit.record("BUDGET_PROPOSALS_MERGED", "budget_proposal", targetId, Map.of("duplicate", duplicateId,
                "holders", target.getHolders().size()));
        notifier.statusChanged(duplicate, reason, null);
    }

    private int resolveFlags(long id) {
        List<Flag> open = flags.findByProposalIdAndResolvedAtIsNull(id);
        open.forEach(f -> f.resolve(clock.instant()));
        return open.size();
    }

    private Proposal load(long id) {
        return proposals.findWithEdition(id).orElseThrow(() -> new BusinessException("budget.proposal.unknown"));
    }
}
