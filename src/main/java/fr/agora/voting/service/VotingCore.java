package fr.agora.voting.service;

import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.voting.BallotRules;
import fr.agora.voting.Channel;
import fr.agora.voting.Disclosure;
import fr.agora.voting.IssuedCode;
import fr.agora.voting.NamedChoice;
import fr.agora.voting.PaperBatch;
import fr.agora.voting.Receipt;
import fr.agora.voting.Refusal;
import fr.agora.voting.RegistryLine;
import fr.agora.voting.Secrecy;
import fr.agora.voting.Tally;
import fr.agora.voting.TallyPlug;
import fr.agora.voting.Turnout;
import fr.agora.voting.VoteChanged;
import fr.agora.voting.VoteClosed;
import fr.agora.voting.VoteInfo;
import fr.agora.voting.VoteKind;
import fr.agora.voting.VoteSpec;
import fr.agora.voting.Voter;
import fr.agora.voting.VoterCodes;
import fr.agora.voting.VoterStatus;
import fr.agora.voting.VotingException;
import fr.agora.voting.VotingService;
import fr.agora.voting.domain.Ballot;
import fr.agora.voting.domain.BallotRepository;
import fr.agora.voting.domain.NamedBallot;
import fr.agora.voting.domain.NamedBallotRepository;
import fr.agora.voting.domain.PaperBatchRecord;
import fr.agora.voting.domain.PaperBatchRepository;
import fr.agora.voting.domain.ReceiptRecord;
import fr.agora.voting.domain.ReceiptRepository;
import fr.agora.voting.domain.RegistryEntry;
import fr.agora.voting.domain.RegistryRepository;
import fr.agora.voting.domain.Vote;
import fr.agora.voting.domain.VoteRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The voting core (see {@link VotingService} for the contract and {@code docs/voting.md} for the guarantees). */
@Service
class VotingCore implements VotingService {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final VoteRepository votes;
    private final RegistryRepository registry;
    private final BallotRepository ballots;
    private final ReceiptRepository receipts;
    private final NamedBallotRepository named;
    private final PaperBatchRepository batches;
    private final Map<VoteKind, TallyPlug> plugs = new EnumMap<>(VoteKind.class);
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate separate;
    private final TransactionTemplate joined;
    @PersistenceContext
    private EntityManager entityManager;

    VotingCore(VoteRepository votes, RegistryRepository registry, BallotRepository ballots, ReceiptRepository receipts,
            NamedBallotRepository named, PaperBatchRepository batches, List<TallyPlug> plugs, AuditService audit,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager tx) {
        this.votes = votes;
        this.registry = registry;
        this.ballots = ballots;
        this.receipts = receipts;
        this.named = named;
        this.batches = batches;
        plugs.forEach(p -> this.plugs.put(p.kind(), p));
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.separate = new TransactionTemplate(tx);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.joined = new TransactionTemplate(tx);
    }

    // ---- set-up ----------------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public long open(VoteSpec spec) {
        plug(spec.rules().kind());
        Vote v = votes.save(new Vote(spec, clock.instant()));
        audit.record("VOTE_OPENED", "voting_vote", v.getId(), Map.of("owner", spec.owner(),
                "kind", spec.rules().kind().name(), "secrecy", spec.secrecy().name(),
                "disclosure", spec.disclosure().name(), "options", spec.rules().options().size()));
        return v.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VoteInfo> find(long voteId) {
        return votes.findById(voteId).map(VotingCore::info);
    }

    @Override
    @Transactional
    public String registerAccount(long voteId, long accountId, String subject) {
        load(voteId).requireOpen();
        if (registry.findByVoteIdAndAccountId(voteId, accountId).isPresent()) {
            throw new VotingException(Refusal.ALREADY_REGISTERED);
        }
        return registry.save(RegistryEntry.forAccount(voteId, accountId, subject)).getId();
    }

    @Override
    @Transactional
    public IssuedCode registerCode(long voteId, String subject) {
        load(voteId).requireOpen();
        String code = VoterCodes.newCode();
        RegistryEntry e = registry.save(RegistryEntry.forCode(voteId, VoterCodes.hash(code), subject));
        return new IssuedCode(voteId, e.getId(), subject, code);
    }

    @Override
    @Transactional
    public IssuedCode reissueCode(String voterId) {
        RegistryEntry e = registry.findById(voterId).orElseThrow(() -> new VotingException(Refusal.NOT_ELIGIBLE));
        load(e.getVoteId()).requireOpen();
        String code = VoterCodes.newCode();
        e.reissue(VoterCodes.hash(code));
        audit.record("VOTE_CODE_REISSUED", "voting_vote", e.getVoteId(), Map.of("voter", voterId));
        return new IssuedCode(e.getVoteId(), e.getId(), e.getSubject(), code);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegistryLine> registry(long voteId) {
        load(voteId);
        return registry.findByVote(voteId).stream()
                .map(e -> new RegistryLine(e.getId(), e.getAccountId(), e.getSubject())).toList();
    }

    // ---- voters ----------------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<VoterStatus> lookUp(String code) {
        if (!VoterCodes.wellFormed(code)) {
            return Optional.empty();
        }
        return registry.findByCodeHash(VoterCodes.hash(code)).map(this::status);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VoterStatus> lookUp(long voteId, long accountId) {
        return registry.findByVoteIdAndAccountId(voteId, accountId).map(this::status);
    }

    /**
     * Not one transaction of its own at the method level: a self-enrolment is committed first, in a short transaction
     * of its own (so that simultaneous enrolments of one account queue on its row and never deadlock), then the cast
     * runs in the caller's transaction or a new one.
     */
    @Override
    public Receipt cast(long voteId, Voter voter, Set<Long> choices) {
        if (voter instanceof Voter.Account a && votes.selfEnrolment(voteId).orElse(false)) {
            separate.executeWithoutResult(s -> registry.enrol(UUID.randomUUID().toString(), voteId, a.accountId()));
        }
        return joined.execute(s -> castInTransaction(voteId, voter, choices));
    }

    private Receipt castInTransaction(long voteId, Voter voter, Set<Long> choices) {
        Vote vote = locked(voteId, LockModeType.PESSIMISTIC_READ);
        RegistryEntry entry = resolve(voteId, voter);
        if (entry.isVoted()) {
            throw new VotingException(Refusal.ALREADY_VOTED);
        }
        Set<Long> chosen = choices == null ? Set.of() : new LinkedHashSet<>(choices);
        BallotRules rules = vote.rules();
        plug(rules.kind()).check(rules, chosen);
        // the registry mark and the ballot, in this one transaction; of two simultaneous casts, one marks
        if (registry.markVoted(entry.getId(), Channel.ONLINE, today()) != 1) {
            throw new VotingException(Refusal.ALREADY_VOTED);
        }
        Ballot ballot = ballots.save(new Ballot(voteId, chosen));
        if (vote.getSecrecy() == Secrecy.OPEN) {
            named.save(new NamedBallot(voteId, ballot.getId(), entry.getId()));
        }
        String receipt = VoterCodes.newCode();
        receipts.save(new ReceiptRecord(voteId, VoterCodes.hash(receipt)));
        // no voter and no ballot in the trail: only that a ballot went into this vote's box
        audit.recordAs(CurrentUser.ANONYMOUS, "VOTE_BALLOT_CAST", "voting_vote", voteId, null);
        events.publishEvent(new VoteChanged(voteId));
        return new Receipt(voteId, receipt);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean receiptCounted(long voteId, String receiptCode) {
        return VoterCodes.wellFormed(receiptCode)
                && receipts.existsByVoteIdAndReceiptHash(voteId, VoterCodes.hash(receiptCode));
    }

    // ---- paper -----------------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public void markPaper(long voteId, Voter voter) {
        locked(voteId, LockModeType.PESSIMISTIC_READ);
        RegistryEntry entry = resolve(voteId, voter);
        if (entry.isVoted() || registry.markVoted(entry.getId(), Channel.PAPER, today()) != 1) {
            throw new VotingException(Refusal.ALREADY_VOTED);
        }
        audit.record("VOTE_PAPER_MARKED", "voting_vote", voteId, Map.of("voter", entry.getId()));
        events.publishEvent(new VoteChanged(voteId));
    }

    @Override
    @Transactional
    public PaperBatch enterPaperBatch(long voteId, String label, List<Set<Long>> papers) {
        Vote vote = locked(voteId, LockModeType.PESSIMISTIC_WRITE);
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new IllegalArgumentException("a batch label of 1 to 60 characters");
        }
        if (batches.findByVoteIdAndLabel(voteId, name).isPresent()) {
            throw new VotingException(Refusal.BATCH_EXISTS, name);
        }
        BallotRules rules = vote.rules();
        List<Set<Long>> checked = new ArrayList<>();
        for (Set<Long> paper : papers) {
            Set<Long> chosen = paper == null ? Set.of() : new LinkedHashSet<>(paper);
            plug(rules.kind()).check(rules, chosen);
            checked.add(chosen);
        }
        vote.enterPaper(checked.size(), registry.countByVoteIdAndChannel(voteId, Channel.PAPER));
        checked.forEach(c -> ballots.save(new Ballot(voteId, c)));
        String digest = VotingService.ballotsDigest(checked);
        batches.save(new PaperBatchRecord(voteId, name, checked.size(), digest, today()));
        audit.record("VOTE_PAPER_BATCH", "voting_vote", voteId, Map.of("batch", name, "ballots", checked.size(),
                "digest", digest));
        events.publishEvent(new VoteChanged(voteId));
        return new PaperBatch(voteId, name, checked.size(), digest);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean paperBatchMatches(long voteId, String label, List<Set<Long>> papers) {
        return batches.findByVoteIdAndLabel(voteId, label == null ? "" : label.strip())
                .map(b -> b.getBallots() == papers.size() && b.getDigest().equals(VotingService.ballotsDigest(papers)))
                .orElse(false);
    }

    // ---- counting --------------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Turnout turnout(long voteId) {
        load(voteId);
        return new Turnout(registry.countByVoteId(voteId), registry.countByVoteIdAndChannel(voteId, Channel.ONLINE),
                registry.countByVoteIdAndChannel(voteId, Channel.PAPER));
    }

    @Override
    @Transactional(readOnly = true)
    public Tally tally(long voteId) {
        Vote v = load(voteId);
        if (!v.isOpen()) {
            return new Tally(voteId, true, false, v.getBallotsCast(), withEveryOption(v, v.getResult()));
        }
        long cast = ballots.countByVoteId(voteId);
        if (v.getDisclosure() == Disclosure.SEALED) {
            return new Tally(voteId, false, true, cast, Map.of());
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : ballots.countPerOption(voteId)) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return new Tally(voteId, false, false, cast, withEveryOption(v, counts));
    }

    @Override
    @Transactional
    public Tally close(long voteId) {
        Vote v = locked(voteId, LockModeType.PESSIMISTIC_WRITE);
        Map<String, Set<Long>> byBallot = new java.util.LinkedHashMap<>();
        for (Object[] row : ballots.lockedChoices(voteId)) {
            Set<Long> chosen = byBallot.computeIfAbsent((String) row[0], id -> new java.util.HashSet<>());
            if (row[1] != null) { // null: a blank ballot
                chosen.add(((Number) row[1]).longValue());
            }
        }
        List<Set<Long>> box = List.copyOf(byBallot.values());
        BallotRules rules = v.rules();
        Map<Long, Long> counts = plug(rules.kind()).count(rules, box);
        String digest = VotingService.ballotsDigest(box);
        v.close(counts, box.size(), digest, clock.instant());
        audit.record("VOTE_CLOSED", "voting_vote", voteId, Map.of("owner", v.getOwner(), "ballots", box.size(),
                "digest", digest));
        events.publishEvent(new VoteChanged(voteId));
        events.publishEvent(new VoteClosed(voteId, v.getOwner(), box.size()));
        return new Tally(voteId, true, false, box.size(), withEveryOption(v, counts));
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<Long>> publishedBallots(long voteId) {
        closed(voteId);
        return ballots.findByVote(voteId).stream().map(b -> b.getChoices().stream().sorted().toList()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> publishedReceiptHashes(long voteId) {
        closed(voteId);
        return receipts.hashes(voteId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NamedChoice> namedChoices(long voteId) {
        Vote v = closed(voteId);
        if (v.getSecrecy() != Secrecy.OPEN) {
            return List.of();
        }
        Map<String, Ballot> byId = ballots.findByVote(voteId).stream()
                .collect(Collectors.toMap(Ballot::getId, Function.identity()));
        Map<String, RegistryEntry> voters = registry.findByVote(voteId).stream()
                .collect(Collectors.toMap(RegistryEntry::getId, Function.identity()));
        Map<String, NamedChoice> sorted = new TreeMap<>();
        for (NamedBallot n : named.findByVoteId(voteId)) {
            RegistryEntry e = voters.get(n.getVoterId());
            sorted.put((e.getSubject() == null ? "" : e.getSubject()) + "/" + e.getId(), new NamedChoice(e.getSubject(),
                    e.getAccountId(), byId.get(n.getId()).getChoices().stream().sorted().toList()));
        }
        return List.copyOf(sorted.values());
    }

    // ---- rules -----------------------------------------------------------------------------------------------------

    private RegistryEntry resolve(long voteId, Voter voter) {
        Optional<RegistryEntry> found = switch (voter) {
            case Voter.Account a -> registry.findByVoteIdAndAccountId(voteId, a.accountId());
            case Voter.Code c -> VoterCodes.wellFormed(c.code()) ? registry.findByCodeHash(VoterCodes.hash(c.code()))
                    : Optional.empty();
            case Voter.Line l -> registry.findById(l.voterId());
        };
        return found.filter(e -> e.getVoteId() == voteId).orElseThrow(() -> new VotingException(Refusal.NOT_ELIGIBLE));
    }

    private VoterStatus status(RegistryEntry e) {
        return new VoterStatus(e.getVoteId(), e.getId(), e.getSubject(), e.isVoted(), load(e.getVoteId()).isOpen());
    }

    private TallyPlug plug(VoteKind kind) {
        TallyPlug p = plugs.get(kind);
        if (p == null) {
            throw new IllegalStateException("no tally plug for " + kind);
        }
        return p;
    }

    /**
     * The open vote, re-read under a lock (shared for casts, exclusive for the close and paper batches): the state
     * comes from the locking read itself, never from an earlier snapshot of this transaction, so that no ballot gets
     * in after the close has counted.
     */
    private Vote locked(long voteId, LockModeType mode) {
        Vote v = load(voteId);
        entityManager.refresh(v, mode);
        v.requireOpen();
        return v;
    }

    private Vote load(long voteId) {
        return votes.findById(voteId).orElseThrow(() -> new VotingException(Refusal.UNKNOWN_VOTE));
    }

    private Vote closed(long voteId) {
        Vote v = load(voteId);
        if (v.isOpen()) {
            throw new VotingException(Refusal.STILL_OPEN);
        }
        return v;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private static Map<Long, Long> withEveryOption(Vote v, Map<Long, Long> counts) {
        Map<Long, Long> all = new HashMap<>();
        v.rules().options().forEach(o -> all.put(o.id(), counts.getOrDefault(o.id(), 0L)));
        return all;
    }

    private static VoteInfo info(Vote v) {
        return new VoteInfo(v.getId(), v.getOwner(), v.rules(), v.getSecrecy(), v.getDisclosure(), v.isSelfEnrolment(),
                v.isOpen(), v.getOpenedAt(), v.getClosedAt(), v.getBallotsCast(), v.getBallotsDigest());
    }
}
