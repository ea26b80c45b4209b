package fr.agora.plenary.service;

import fr.agora.plenary.domain.PlenaryAttendance;
import fr.agora.plenary.domain.PlenaryAttendanceRepository;
import fr.agora.plenary.domain.PlenaryAvisRepository;
import fr.agora.plenary.domain.Motion;
import fr.agora.plenary.domain.MotionKind;
import fr.agora.plenary.domain.PlenaryMotionRepository;
import fr.agora.plenary.domain.MotionStatus;
import fr.agora.plenary.domain.Plenary;
import fr.agora.plenary.domain.PlenaryAvis;
import fr.agora.plenary.domain.Representative;
import fr.agora.plenary.domain.PlenaryRepresentativeRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AccountRef;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.Dates;
import fr.agora.voting.BallotRules;
import fr.agora.voting.Disclosure;
import fr.agora.voting.Majority;
import fr.agora.voting.MotionChoice;
import fr.agora.voting.Secrecy;
import fr.agora.voting.Tally;
import fr.agora.voting.VoteSpec;
import fr.agora.voting.Voter;
import fr.agora.voting.VotingException;
import fr.agora.voting.VotingService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session, live: check-in (a representative from their phone, or staff), the quorum, motions opened and closed
 * by staff (or closed by their timer), and the votes of the representatives present, through the voting core: an
 * open motion records and publishes names, a secret one links nobody to a choice. A vote is cast once per seat,
 * whatever the device; the core refuses a second one and any vote after the close.
 */
@Service
public class LiveSessionService {

    static final String OWNER = "plenary_motion";
    private static final Logger log = LoggerFactory.getLogger(LiveSessionService.class);

    private final PlenaryService plenaries;
    private final PlenaryRepresentativeRepository representatives;
    private final PlenaryAttendanceRepository attendance;
    private final PlenaryMotionRepository motions;
    private final PlenaryAvisRepository avis;
    private final VotingService voting;
    private final AccountDirectory accounts;
    private final LiveBoard board;
    private final AuditService audit;
    private final Dates dates;
    private final Clock clock;
    private final TransactionTemplate transaction;

    LiveSessionService(PlenaryService plenaries, PlenaryRepresentativeRepository representatives,
            PlenaryAttendanceRepository attendance, PlenaryMotionRepository motions, PlenaryAvisRepository avis, VotingService voting,
            AccountDirectory accounts, LiveBoard board, AuditService audit, Dates dates, Clock clock,
            PlatformTransactionManager tx) {
        this.plenaries = plenaries;
        this.representatives = representatives;
        this.attendance = attendance;
        this.motions = motions;
        this.avis = avis;
        this.voting = voting;
        this.accounts = accounts;
        this.board = board;
        this.audit = audit;
        this.dates = dates;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tx);
    }

    // ---- session ---------------------------------------------------------------------------------------------------

    /** Opens the session: check-ins and motions begin. Needs the final invitation list. */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional
    public void openSession(long plenaryId) {
        plenaries.find(plenaryId).openSession();
        audit.record("PLENARY_SESSION_OPENED", "plenary", plenaryId, Map.of());
        board.changedAfterCommit(plenaryId);
    }

    /** Closes the session; refused while a motion is open. */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional
    public void closeSession(long plenaryId) {
        Plenary p = plenaries.find(plenaryId);
        if (motions.findFirstByPlenaryIdAndStatus(plenaryId, MotionStatus.OPEN).isPresent()) {
            throw new BusinessException("plenary.error.motion-still-open");
        }
        p.closeSession();
        audit.record("PLENARY_SESSION_CLOSED", "plenary", plenaryId, Map.of());
        board.changedAfterCommit(plenaryId);
    }

    /** The live state (quorum, current motion), public like the projector. */
    public LiveState state(long plenaryId) {
        return board.state(plenaryId);
    }

    // ---- check-in --------------------------------------------------------------------------------------------------

    /** Staff check in an invited seat: the representative, or their suppléant when the plenary allows it. */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional
    public Quorum checkIn(long plenaryId, long representativeId, boolean suppleant) {
        Plenary p = plenaries.find(plenaryId);
        Representative r = representatives.findById(representativeId).filter(x -> x.getPlenaryId() == plenaryId
                && x.getCollege().invited()).orElseThrow(() -> new BusinessException("plenary.error.not-invited"));
        if (suppleant && (!p.isSuppleantsAllowed() || r.getSuppleantName() == null)) {
            throw new BusinessException("plenary.error.no-suppleant");
        }
        return record(p, r, suppleant);
    }

    /** A representative (or their suppléant, when allowed) checks in from their phone. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Quorum checkInMyself(long plenaryId) {
        Plenary p = plenaries.find(plenaryId);
        String email = CurrentUser.email().orElseThrow();
        Optional<Representative> own = invited(p).stream().filter(r -> r.isPerson(email, false)).findFirst();
        if (own.isPresent()) {
            return record(p, own.get(), false);
        }
        Representative stand = invited(p).stream().filter(r -> p.isSuppleantsAllowed() && email.equalsIgnoreCase(r.getSuppleantEmail()))
                .findFirst().orElseThrow(() -> {
                    audit.recordRefusal(CurrentUser.actor(), "PLENARY_CHECK_IN", "plenary", plenaryId,
                            Map.of("reason", "not invited"));
                    return new BusinessException("plenary.error.not-invited");
                });
        return record(p, stand, true);
    }

    private List<Representative> invited(Plenary p) {
        return representatives.findByPlenaryIdOrderByCouncilIdAscCollegeAscFullNameAsc(p.getId()).stream()
                .filter(r -> r.getCollege().invited()).toList();
    }

    private Quorum record(Plenary p, Representative r, boolean suppleant) {
        p.requireInSession();
        Optional<PlenaryAttendance> already = attendance.findByPlenaryIdAndRepresentativeId(p.getId(), r.getId());
        if (already.isPresent()) {
            if (already.get().isStandingIn() != suppleant) {
                throw new BusinessException("plenary.error.seat-taken", already.get().getAttendeeName());
            }
            return board.quorum(p);
        }
        String name = suppleant ? r.getSuppleantName() : r.getFullName();
        String mail = suppleant ? r.getSuppleantEmail() : r.getEmail();
        Long account = mail == null ? null : accounts.byEmail(mail).map(AccountRef::id).orElse(null);
        attendance.saveAndFlush(new PlenaryAttendance(p.getId(), r.getId(), name, mail, account, suppleant, CurrentUser.actor(),
                clock.instant()));
        // checked in while a motion is open: may vote on it
        motions.findFirstByPlenaryIdAndStatus(p.getId(), MotionStatus.OPEN)
                .filter(m -> account != null && voting.lookUp(m.getVoteId(), account).isEmpty())
                .ifPresent(m -> voting.registerAccount(m.getVoteId(), account, "seat:" + r.getId()));
        audit.record("PLENARY_CHECK_IN", "plenary", p.getId(), Map.of("representative", r.getId(), "suppleant", suppleant));
        board.changedAfterCommit(p.getId());
        return board.quorum(p);
    }

    /** The signed-in person's seat: invited or not, checked in, and whether they voted on the open motion. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MySeat mySeat(long plenaryId) {
        Plenary p = plenaries.find(plenaryId);
        String email = CurrentUser.email().orElseThrow();
        Optional<PlenaryAttendance> in = attendance.findFirstByPlenaryIdAndAttendeeEmail(p.getId(), email);
        Optional<Motion> open = motions.findFirstByPlenaryIdAndStatus(plenaryId, MotionStatus.OPEN);
        if (in.isPresent()) {
            Long account = in.get().getAccountId();
            boolean voted = open.isPresent() && account != null && voting.lookUp(open.get().getVoteId(), account)
                    .map(fr.agora.voting.VoterStatus::voted).orElse(false);
            return new MySeat(in.get().getRepresentativeId(), in.get().getAttendeeName(), true, voted, open.isPresent());
        }
        return invited(p).stream().filter(r -> r.isPerson(email, p.isSuppleantsAllowed())).findFirst()
                .map(r -> new MySeat(r.getId(), r.isPerson(email, false) ? r.getFullName() : r.getSuppleantName(),
                        false, false, open.isPresent()))
                .orElse(new MySeat(null, null, false, false, open.isPresent()));
    }

    // ---- motions ---------------------------------------------------------------------------------------------------

    /** Drafts a motion (an avis, an amendment, a designation), open or secret, with its majority rule. */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional
    public MotionData draftMotion(long plenaryId, MotionKind kind, String title, String text, Secrecy secrecy,
            Majority majority) {
        Plenary p = plenaries.find(plenaryId);
        if (p.getSessionStatus() == fr.agora.plenary.domain.SessionStatus.CLOSED) {
            throw new BusinessException("plenary.error.not-in-session");
        }
        Motion m = motions.save(new Motion(plenaryId, kind, title, text, secrecy, majority, CurrentUser.actor(),
                clock.instant()));
        audit.record("PLENARY_MOTION_DRAFTED", "plenary", plenaryId, Map.of("motion", m.getId(), "kind", kind.name()));
        return board.motion(m);
    }

    /** The plenary's motions, in order. */
    @Transactional(readOnly = true)
    public List<MotionData> motions(long plenaryId) {
        return motions.findByPlenaryIdOrderByIdAsc(plenaryId).stream().map(board::motion).toList();
    }

    /**
     * Opens a motion: its vote in the voting core (a MOTION, LIVE, open or secret), with every seat present as a
     * voter. Refused outside the session, without quorum, or while another motion is open.
     *
     * @param timerSeconds closes it by itself after that many seconds; null or 0 for the chair's close only
     */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional
    public MotionData openMotion(long motionId, Integer timerSeconds) {
        Motion m = motions.findById(motionId).orElseThrow(() -> new BusinessException("plenary.error.unknown"));
        Plenary p = plenaries.find(m.getPlenaryId());
        p.requireInSession();
        if (motions.findFirstByPlenaryIdAndStatus(p.getId(), MotionStatus.OPEN).isPresent()) {
            throw new BusinessException("plenary.error.motion-already-open");
        }
        Quorum q = board.quorum(p);
        if (!q.met()) {
            throw new BusinessException("plenary.error.no-quorum", q.present(), q.required());
        }
        if (m.getStatus() != MotionStatus.DRAFT) {
            throw new BusinessException("plenary.error.motion-state");
        }
        long vote = voting.open(new VoteSpec(OWNER, BallotRules.motion(), m.getSecrecy(), Disclosure.LIVE, false));
        int voters = 0;
        for (PlenaryAttendance a : attendance.findByPlenaryId(p.getId())) {
            if (a.getAccountId() != null) {
                voting.registerAccount(vote, a.getAccountId(), "seat:" + a.getRepresentativeId());
                voters++;
            }
        }
        m.open(vote, timerSeconds, clock.instant());
        audit.record("PLENARY_MOTION_OPENED", "plenary", p.getId(), Map.of("motion", motionId, "voters", voters,
                "secrecy", m.getSecrecy().name(), "timer", timerSeconds == null ? 0 : timerSeconds));
        board.changedAfterCommit(p.getId());
        return board.motion(m);
    }

    /**
     * A present representative votes pour, contre or abstention on the open motion, from any device: the seat
     * counts once, a second vote is refused (it replaces nothing), and so is a vote after the close. The cast is its
     * own transaction and a refusal is audited after it rolled back, so that a refused vote never holds two database
     * connections at once (many phones vote at the same instant).
     */
    @PreAuthorize("isAuthenticated()")
    public void vote(long motionId, MotionChoice choice) {
        String email = CurrentUser.email().orElseThrow();
        try {
            transaction.executeWithoutResult(s -> {
                Motion m = motions.findById(motionId).orElseThrow(() -> new BusinessException("plenary.error.unknown"));
                if (choice == null) {
                    throw new BusinessException("plenary.error.choice-required");
                }
                m.requireOpen();
                PlenaryAttendance seat = attendance.findFirstByPlenaryIdAndAttendeeEmail(m.getPlenaryId(), email)
                        .filter(a -> a.getAccountId() != null)
                        .orElseThrow(() -> new BusinessException("plenary.error.not-checked-in"));
                voting.cast(m.getVoteId(), Voter.account(seat.getAccountId()), Set.of(choice.optionId()));
            });
        } catch (VotingException e) {
            refuse(motionId, e.refusal().name());
            throw switch (e.refusal()) {
                case ALREADY_VOTED -> new BusinessException("plenary.error.already-voted");
                case CLOSED -> new BusinessException("plenary.error.motion-closed");
                case NOT_ELIGIBLE -> new BusinessException("plenary.error.not-checked-in");
                default -> e;
            };
        } catch (BusinessException e) {
            refuse(motionId, e.getMessageKey());
            throw e;
        }
    }

    private void refuse(long motionId, String reason) {
        audit.recordRefusal(CurrentUser.actor(), "PLENARY_VOTE", "plenary_motion", motionId, Map.of("reason", reason));
    }

    /** The chair closes the open motion: the count, the majority's verdict, and an adopted avis goes to the city. */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional
    public MotionData closeMotion(long motionId) {
        return close(motionId, CurrentUser.actor());
    }

    private MotionData close(long motionId, String actor) {
        Motion m = motions.findById(motionId).orElseThrow(() -> new BusinessException("plenary.error.unknown"));
        m.requireOpen();
        Tally t = voting.close(m.getVoteId());
        long pour = t.votes(MotionChoice.POUR.optionId());
        long contre = t.votes(MotionChoice.CONTRE.optionId());
        long abst = t.votes(MotionChoice.ABSTENTION.optionId());
        m.close(pour, contre, abst, m.getMajority().adopts(t), clock.instant());
        motions.flush();
        if (m.isAdoptedAvis()) {
            Plenary p = plenaries.find(m.getPlenaryId());
            PlenaryAvis a = avis.save(new PlenaryAvis(p, m, dates.today()));
            audit.recordAs(actor, "PLENARY_AVIS_SENT", "plenary_avis", a.getId(), Map.of("due", a.getDueOn().toString()));
        }
        audit.recordAs(actor, "PLENARY_MOTION_CLOSED", "plenary", m.getPlenaryId(), Map.of("motion", motionId,
                "pour", pour, "contre", contre, "abstentions", abst, "adopted", m.getAdopted()));
        board.changedAfterCommit(m.getPlenaryId());
        return board.motion(m);
    }

    /** Closes the motions whose timer ran out (every second). */
    @Scheduled(fixedDelay = 1000)
    public void closeDueMotions() {
        for (Long id : motions.findDue(clock.instant())) {
            try {
                transaction.executeWithoutResult(s -> close(id, "minuteur"));
            } catch (BusinessException e) {
                log.debug("Motion {} déjà close : {}", id, e.getMessageKey());
            }
        }
    }
}
