package fr.agora.budget.service;

import fr.agora.budget.domain.BallotBox;
import fr.agora.budget.domain.ConfirmedResident;
import fr.agora.budget.domain.ConfirmedResidentRepository;
import fr.agora.budget.domain.Edition;
import fr.agora.budget.domain.EditionRepository;
import fr.agora.budget.domain.Envelope;
import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.Phase;
import fr.agora.budget.domain.PhaseSchedule;
import fr.agora.budget.domain.Proposal;
import fr.agora.budget.domain.ProposalRepository;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.budget.domain.VoteSettings;
import fr.agora.budget.domain.VoteSettingsRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.voting.BallotOption;
import fr.agora.voting.BallotRules;
import fr.agora.voting.Disclosure;
import fr.agora.voting.Receipt;
import fr.agora.voting.Secrecy;
import fr.agora.voting.VoteKind;
import fr.agora.voting.VoteSpec;
import fr.agora.voting.Voter;
import fr.agora.voting.VotingException;
import fr.agora.voting.VotingService;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An edition's vote on the voting core: settings, opening (one secret, sealed core vote per envelope), who may vote
 * (declared quartier, optionally confirmed by staff, the minimum age declared), the final cast of every ballot that
 * applies to the voter in one transaction, receipts, and the close (results by {@link BudgetResultsService}).
 * One vote per person per edition: the voter's ballots of every applicable envelope (blank ones included) go in
 * together, so a second attempt, online or on paper, meets the core's mark.
 */
@Service
public class BudgetVoteService {

    static final String OWNER = "budget";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VoteSettingsRepository settings;
    private final EditionRepository editions;
    private final ProposalRepository proposals;
    private final ConfirmedResidentRepository confirmed;
        private final VoteBoxes boxes;
    private final BudgetResultsService results;
    private final VotingService voting;
    private final BudgetAccess access;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final TransactionTemplate separate;

    BudgetVoteService(VoteSettingsRepository settings, EditionRepository editions, ProposalRepository proposals,
            ConfirmedResidentRepository confirmed, VoteBoxes boxes,
            BudgetResultsService results, VotingService voting, BudgetAccess access, AuditService audit, Clock clock,
            PlatformTransactionManager tx) {
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(tx);
        this.separate = new TransactionTemplate(tx);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.editions = editions;
        this.proposals = proposals;
        this.confirmed = confirmed;
        this.boxes = boxes;
        this.results = results;
        this.voting = voting;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- settings, opening and close (staff) ----------------------------------------------------------------------

    /** The vote of an edition as anyone may read it: settings, state and counts only. */
    @Transactional(readOnly = true)
    public VoteData.Overview overview(long editionId) {
        Edition e = edition(editionId);
        return boxes.overview(e, settings.findById(editionId).orElseGet(() -> new VoteSettings(editionId, 0)));
    }

    /** The edition whose vote is open, if any (the most recent). */
    @Transactional(readOnly = true)
    public Optional<VoteData.Overview> openVote() {
        return settings.findByState(VoteSettings.State.OPEN).stream()
                .map(v -> edition(v.getEditionId()))
                .max(java.util.Comparator.comparingInt(Edition::getYear))
                .map(e -> boxes.overview(e, settings.findById(e.getId()).orElseThrow()));
    }

    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public VoteData.Overview configure(long editionId, VoteData.SettingsForm form) {
        VoteSettings v = settingsOf(editionId);
        try {
            v.configure(form.ballotType(), form.maxChoices(), form.rule(), form.minAge(), form.eligibility());
        } catch (BusinessException e) {
            throw access.refuse("BUDGET_VOTE_SETTINGS_REFUSED", editionId, e);
        }
        audit.record("BUDGET_VOTE_SETTINGS", "budget_edition", editionId, Map.of("ballot", form.ballotType().name(),
                "max", form.maxChoices(), "rule", form.rule().name(), "minAge", form.minAge(),
                "eligibility", form.eligibility().name()));
        return overview(editionId);
    }

    /**
     * Opens the vote during the edition's vote phase: one core vote per envelope that has projects on the ballot
     * (the city-wide part, each secteur or QPV, the Classes citoyennes).
     */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public VoteData.Overview open(long editionId) {
        Edition e = edition(editionId);
        VoteSettings v = settingsOf(editionId);
        if (e.phaseOn(access.today()).map(PhaseSchedule::getPhase).orElse(null) != Phase.VOTE) {
            throw access.refuse("BUDGET_VOTE_OPEN_REFUSED", editionId, "budgetvote.not-vote-phase");
        }
        List<Proposal> onBallot = proposals.findByEditionAndStatusIn(editionId, EnumSet.of(ProposalStatus.ON_BALLOT));
        if (onBallot.isEmpty()) {
            throw access.refuse("BUDGET_VOTE_OPEN_REFUSED", editionId, "budgetvote.no-project");
        }
        try {
            v.open(clock.instant());
        } catch (BusinessException ex) {
            throw access.refuse("BUDGET_VOTE_OPEN_REFUSED", editionId, ex);
        }
        Map<String, List<Proposal>> byEnvelope = new LinkedHashMap<>();
        for (Proposal p : onBallot) {
            byEnvelope.computeIfAbsent(p.getEnvelopeCode() == null ? BallotBox.CITY : p.getEnvelopeCode(),
                    k -> new ArrayList<>()).add(p);
        }
        byEnvelope.forEach((code, list) -> openBox(e, v, code, list));
        audit.record("BUDGET_VOTE_OPENED", "budget_edition", editionId, Map.of("boxes", byEnvelope.size(),
                "projects", onBallot.size(), "seed", v.getLotSeed()));
        return overview(editionId);
    }

    private void openBox(Edition e, VoteSettings v, String code, List<Proposal> list) {
        Envelope envelope = e.envelope(code).orElse(null);
        long amount = envelope == null ? e.ceilingFor(null) : envelope.getAmountEuros();
        List<BallotOption> options = list.stream().map(p -> new BallotOption(p.getId(),
                v.getBallotType() == VoteSettings.BallotType.KNAPSACK ? p.cost() : null)).toList();
        // min 0: a blank ballot in an envelope, so that every ballot of a voter goes in with the one final cast
        BallotRules rules = v.getBallotType() == VoteSettings.BallotType.KNAPSACK
                ? new BallotRules(VoteKind.KNAPSACK, options, 0, options.size(), amount)
                : new BallotRules(VoteKind.APPROVAL, options, 0, Math.min(v.getMaxChoices(), options.size()), null);
        boolean classes = envelope != null && envelope.getKind() == EnvelopeKind.CLASSES;
        long vote = voting.open(new VoteSpec(OWNER, rules, Secrecy.SECRET, Disclosure.SEALED, !classes));
        boxes.save(new BallotBox(e.getId(), code, envelope == null ? "" : envelope.getName(),
                envelope == null ? EnvelopeKind.THEMATIC : envelope.getKind(),
                envelope == null ? null : envelope.getTerritoryId(), amount, vote));
        if (classes) {
            boxes.registerClasses(vote);
        }
    }

    /** Closes the vote (staff): every box is closed on the core and counted with the edition's rule. */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public VoteData.Overview close(long editionId) {
        closeNow(editionId);
        return overview(editionId);
    }

    /** The close itself, also run by the scheduler once the vote phase is over. */
    void closeNow(long editionId) {
        VoteSettings v = settingsOf(editionId);
        try {
            v.close(clock.instant());
        } catch (BusinessException ex) {
            throw access.refuse("BUDGET_VOTE_CLOSE_REFUSED", editionId, ex);
        }
        for (BallotBox b : boxes.of(editionId)) {
            voting.close(b.getCoreVoteId());
            results.count(b, v);
        }
        audit.record("BUDGET_VOTE_CLOSED", "budget_edition", editionId, Map.of());
    }

    /** Records residents whose residence staff confirmed (an imported list or at a counter); returns how many. */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public int confirmResidents(long editionId, Collection<String> emails) {
        settingsOf(editionId);
        int added = 0;
        for (String raw : emails) {
            String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
            if (email.isEmpty()) {
                continue;
            }
            if (!email.contains("@") || email.length() > 254) {
                throw new BusinessException("budgetvote.confirm.bad-email", email);
            }
            if (!confirmed.existsByEditionIdAndEmail(editionId, email)) {
                confirmed.save(new ConfirmedResident(editionId, email));
                added++;
            }
        }
        audit.record("BUDGET_VOTE_RESIDENTS_CONFIRMED", "budget_edition", editionId, Map.of("added", added));
        return added;
    }

    // ---- voters ---------------------------------------------------------------------------------------------------

    /** The ballots that apply to the signed-in person, or why they may not vote. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public VoteData.MyBallot myBallot(long editionId) {
        Edition e = edition(editionId);
        VoteSettings v = settings.findById(editionId).orElse(null);
        VoterRef me = me();
        String refusal = v == null ? "budgetvote.refusal.not-open" : eligibility(e, v, me);
        boolean voted = v != null && v.getState() != VoteSettings.State.SETTING && boxes.hasVoted(editionId, me.id());
        if (voted) {
            refusal = "budgetvote.refusal.already-voted";
        }
        List<VoteData.Ballot> ballots = v == null || v.getState() == VoteSettings.State.SETTING ? List.of()
                : boxes.ballotsFor(e, v, me.quartier());
        return new VoteData.MyBallot(editionId, e.getTitle(), v == null ? VoteSettings.DEFAULT_MIN_AGE : v.getMinAge(),
                ballots, refusal, voted);
    }

    /**
     * The one final cast: a ballot in every box that applies to the voter (blank where nothing is chosen), in one
     * transaction; returns one receipt per box. Refused (and audited, without the choices) when the voter is not
     * eligible, did not declare the minimum age, already voted on any channel, chose outside their ballots, went
     * over an envelope, or the vote is not open.
     *
     * @param choices the chosen proposal ids per box id
     */
    @PreAuthorize("isAuthenticated()")
    public VoteData.Receipts cast(long editionId, Map<Long, Set<Long>> choices, boolean ageDeclared) {
        // checks first, in a read-only transaction of their own
        record Checked(VoterRef me, List<BallotBox> boxes) {
        }
        Checked checked = readOnly.execute(s -> {
            Edition e = edition(editionId);
            VoteSettings v = settings.findById(editionId).orElse(null);
            VoterRef me = me();
            String refusal = v == null ? "budgetvote.refusal.not-open" : eligibility(e, v, me);
            if (refusal == null && !ageDeclared) {
                refusal = "budgetvote.refusal.age";
            }
            List<BallotBox> mine = refusal == null ? boxes.applicable(editionId, me.quartier()) : List.of();
            Set<Long> mineIds = mine.stream().map(BallotBox::getId).collect(java.util.stream.Collectors.toSet());
            if (refusal == null && !mineIds.containsAll(choices.keySet())) {
                refusal = "budgetvote.refusal.wrong-box";
            }
            if (refusal == null && choices.values().stream().allMatch(c -> c == null || c.isEmpty())) {
                refusal = "budgetvote.refusal.no-choice";
            }
            if (refusal != null) {
                throw access.refuse("BUDGET_VOTE_REFUSED", editionId, refusal, v == null ? 0 : v.getMinAge());
            }
            return new Checked(me, mine);
        });
        // the voter is enrolled in each box beforehand, each enrolment committed on its own: the casts below run in
        // one transaction, whose snapshot would not see an enrolment committed beside it while it runs
        for (BallotBox b : checked.boxes()) {
            try {
                separate.executeWithoutResult(s -> {
                    if (voting.lookUp(b.getCoreVoteId(), checked.me().id()).isEmpty()) {
                        voting.registerAccount(b.getCoreVoteId(), checked.me().id(), null);
                    }
                });
            } catch (RuntimeException raced) {
                // enrolled by a simultaneous request of the same voter, or the vote closed: the cast says which
            }
        }
        // every ballot of the voter in one transaction: all in, or none
        try {
            return writing.execute(s -> {
                List<String> codes = new ArrayList<>();
                for (BallotBox b : checked.boxes()) {
                    Set<Long> c = choices.getOrDefault(b.getId(), Set.of());
                    Receipt r = voting.cast(b.getCoreVoteId(), Voter.account(checked.me().id()), c == null ? Set.of() : c);
                    codes.add(r.display());
                }
                return new VoteData.Receipts(editionId, codes);
            });
        } catch (VotingException ex) {
            throw access.refuse("BUDGET_VOTE_REFUSED", editionId, BudgetVoteRefusals.of(ex));
        }
    }

    /** Whether a receipt is among the receipts of an edition's vote (a voter checking their ballot was counted). */
    @Transactional(readOnly = true)
    public boolean receiptCounted(long editionId, String receipt) {
        return boxes.of(editionId).stream().anyMatch(b -> b.getCoreVoteId() != null
                && voting.receiptCounted(b.getCoreVoteId(), receipt));
    }

    /** Whether the signed-in person has voted in the edition (for « Mon espace »); false when nobody is signed in. */
    @Transactional(readOnly = true)
    public boolean haveIVoted(long editionId) {
        return CurrentUser.email().flatMap(boxes::voter).map(u -> boxes.hasVoted(editionId, u.id()))
                .orElse(false);
    }

    /** Why an account may not vote, or null: the vote open, a declared quartier, the residence confirmed if asked. */
    String eligibility(Edition e, VoteSettings v, VoterRef account) {
        if (v.getState() != VoteSettings.State.OPEN) {
            return v.isClosed() ? "budgetvote.refusal.closed" : "budgetvote.refusal.not-open";
        }
        if (e.phaseOn(access.today()).map(PhaseSchedule::getPhase).orElse(null) != Phase.VOTE) {
            return "budgetvote.refusal.closed";
        }
        if (account == null || account.quartier() == null) {
            return "budgetvote.refusal.no-quartier";
        }
        if (v.getEligibility() == VoteSettings.Eligibility.CONFIRMED
                && !confirmed.existsByEditionIdAndEmail(e.getId(), account.email().toLowerCase(Locale.ROOT))) {
            return "budgetvote.refusal.not-confirmed";
        }
        return null;
    }

    private VoterRef me() {
        String email = access.email();
        return boxes.voter(email).orElseThrow(() -> new BusinessException("budget.sign-in"));
    }

    VoteSettings settingsOf(long editionId) {
        edition(editionId);
        return settings.findById(editionId)
                .orElseGet(() -> settings.save(new VoteSettings(editionId, RANDOM.nextLong(1, 1_000_000_000L))));
    }

    Edition edition(long editionId) {
        return editions.findById(editionId).orElseThrow(() -> new BusinessException("budget.edition.unknown"));
    }
}
