package fr.agora.budget.service;

import fr.agora.budget.domain.BallotBox;
import fr.agora.budget.domain.Edition;
import fr.agora.budget.domain.PaperBatchLog;
import fr.agora.budget.domain.PaperBatchLogRepository;
import fr.agora.budget.domain.VoteSettings;
import fr.agora.budget.domain.VoteSettingsRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.voting.BallotOption;
import fr.agora.voting.BallotRules;
import fr.agora.voting.Refusal;
import fr.agora.voting.VoteKind;
import fr.agora.voting.Voter;
import fr.agora.voting.VotingException;
import fr.agora.voting.VotingService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The paper desk (staff): the voter is checked against the registry and marked in every box that applies to them
 * (so they cannot also vote online, and an online voter is refused here), then the papers are entered by batch,
 * each refused paper named with its reason; a second person re-enters a batch to check it.
 */
@Service
public class PaperDeskService {

    private final BudgetVoteService votes;
    private final VoteBoxes boxes;
    private final VoteSettingsRepository settings;
    private final PaperBatchLogRepository batches;
        private final VotingService voting;
    private final BudgetAccess access;
    private final AuditService audit;
    private final Clock clock;

    PaperDeskService(BudgetVoteService votes, VoteBoxes boxes, VoteSettingsRepository settings,
            PaperBatchLogRepository batches, VotingService voting, BudgetAccess access,
            AuditService audit, Clock clock) {
        this.votes = votes;
        this.boxes = boxes;
        this.settings = settings;
        this.batches = batches;
        this.voting = voting;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Marks a voter who hands in their paper ballots: refused, with the reason, when they have no account, are not
     * eligible, or already voted (online or on paper). Returns the ballots they fill, one per box.
     */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public VoteData.PaperVoter markVoter(long editionId, String email) {
        Edition e = votes.edition(editionId);
        VoteSettings v = settings.findById(editionId).orElseThrow(() -> new BusinessException("budgetvote.refusal.not-open"));
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        VoterRef account = boxes.voter(address).orElse(null);
        if (account == null) {
            throw access.refuse("BUDGET_PAPER_REFUSED", editionId, "budgetvote.paper.no-account", address);
        }
        String refusal = votes.eligibility(e, v, account);
        if (refusal == null && boxes.hasVoted(editionId, account.id())) {
            refusal = "budgetvote.refusal.already-voted";
        }
        if (refusal != null) {
            throw access.refuse("BUDGET_PAPER_REFUSED", editionId, refusal, v.getMinAge());
        }
        List<BallotBox> mine = boxes.applicable(editionId, account.quartier());
        try {
            for (BallotBox b : mine) {
                if (voting.lookUp(b.getCoreVoteId(), account.id()).isEmpty()) {
                    voting.registerAccount(b.getCoreVoteId(), account.id(), null);
                }
                voting.markPaper(b.getCoreVoteId(), Voter.account(account.id()));
            }
        } catch (VotingException ex) {
            throw access.refuse("BUDGET_PAPER_REFUSED", editionId, BudgetVoteRefusals.of(ex));
        }
        return new VoteData.PaperVoter(account.email(), account.displayName(),
                mine.stream().map(b -> boxes.ballot(b, v)).toList(), null);
    }

    /** The boxes of an open vote, with their projects, for the entry screen. */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional(readOnly = true)
    public List<VoteData.Ballot> ballots(long editionId) {
        VoteSettings v = settings.findById(editionId).orElseThrow(() -> new BusinessException("budgetvote.refusal.not-open"));
        return boxes.of(editionId).stream().filter(b -> b.getCoreVoteId() != null && !b.isClasses())
                .map(b -> boxes.ballot(b, v)).toList();
    }

    /**
     * Enters a batch of papers into a box, all or none; each paper is checked first and a refused one is named by
     * its number and reason (not an option, too many choices, over the envelope). A blank paper is an empty set.
     */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public VoteData.Batch enterBatch(long boxId, String label, List<Set<Long>> papers) {
        BallotBox box = boxes.box(boxId);
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new BusinessException("budgetvote.paper.label");
        }
        if (papers.isEmpty()) {
            throw new BusinessException("budgetvote.paper.empty");
        }
        check(box, papers);
        try {
            voting.enterPaperBatch(box.getCoreVoteId(), name, papers);
        } catch (VotingException ex) {
            String key = ex.refusal() == Refusal.PAPER_OVER_MARKS ? "budgetvote.paper.over-marks"
                    : ex.refusal() == Refusal.BATCH_EXISTS ? "budgetvote.paper.batch-exists"
                    : BudgetVoteRefusals.of(ex).getMessageKey();
            throw access.refuse("BUDGET_PAPER_BATCH_REFUSED", box.getEditionId(), key, name);
        }
        PaperBatchLog log = batches.save(new PaperBatchLog(boxId, name, papers.size(), access.email(), clock.instant()));
        audit.record("BUDGET_PAPER_BATCH", "budget_vote_box", boxId, Map.of("batch", name, "ballots", papers.size()));
        return batch(log, box);
    }

    /** A second person re-enters a batch's papers: whether they match the first entry (recorded either way). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public boolean checkBatch(long boxId, String label, List<Set<Long>> papers) {
        BallotBox box = boxes.box(boxId);
        PaperBatchLog log = batches.findByBoxIdAndLabel(boxId, label == null ? "" : label.strip())
                .orElseThrow(() -> new BusinessException("budgetvote.paper.unknown-batch"));
        boolean matches = voting.paperBatchMatches(box.getCoreVoteId(), log.getLabel(), papers);
        try {
            log.checked(access.email(), matches, clock.instant());
        } catch (BusinessException ex) {
            throw access.refuse("BUDGET_PAPER_CHECK_REFUSED", box.getEditionId(), ex);
        }
        audit.record("BUDGET_PAPER_CHECK", "budget_vote_box", boxId, Map.of("batch", log.getLabel(), "matches", matches));
        return matches;
    }

    /** The batches of an edition, latest first. */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional(readOnly = true)
    public List<VoteData.Batch> batches(long editionId) {
        Map<Long, BallotBox> byId = boxes.of(editionId).stream()
                .collect(java.util.stream.Collectors.toMap(BallotBox::getId, b -> b));
        return batches.findByBoxIdInOrderByEnteredAtDesc(byId.keySet()).stream().map(l -> batch(l, byId.get(l.getBoxId())))
                .toList();
    }

    /** Batches waiting for their second entry, in every open vote (staff dashboard). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional(readOnly = true)
    public long awaitingCheck() {
        return settings.findByState(VoteSettings.State.OPEN).stream()
                .flatMap(v -> batches(v.getEditionId()).stream()).filter(b -> !Boolean.TRUE.equals(b.matches())).count();
    }

    private void check(BallotBox box, List<Set<Long>> papers) {
        BallotRules rules = voting.find(box.getCoreVoteId()).orElseThrow().rules();
        int n = 1;
        for (Set<Long> paper : papers) {
            for (Long id : paper) {
                if (rules.option(id).isEmpty()) {
                    throw new BusinessException("budgetvote.paper.not-an-option", n, id);
                }
            }
            if (paper.size() > rules.maxChoices()) {
                throw new BusinessException("budgetvote.paper.too-many", n, rules.maxChoices());
            }
            if (rules.kind() == VoteKind.KNAPSACK) {
                long total = paper.stream().mapToLong(id -> rules.option(id).map(BallotOption::cost).orElse(0L)).sum();
                if (total > rules.budgetLimit()) {
                    throw new BusinessException("budgetvote.paper.over-envelope", n, total, rules.budgetLimit());
                }
            }
            n++;
        }
    }

    private static VoteData.Batch batch(PaperBatchLog l, BallotBox b) {
        return new VoteData.Batch(l.getId(), l.getBoxId(), VoteBoxes.name(b), l.getLabel(), l.getBallots(),
                l.getEnteredBy(), l.getEnteredAt(), l.getCheckedBy(), l.getMatches());
    }
}
