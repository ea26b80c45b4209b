package fr.agora.plenary.service;

import fr.agora.plenary.domain.PlenaryAttendance;
import fr.agora.plenary.domain.PlenaryAttendanceRepository;
import fr.agora.plenary.domain.Motion;
import fr.agora.plenary.domain.PlenaryMotionRepository;
import fr.agora.plenary.domain.MotionStatus;
import fr.agora.plenary.domain.Plenary;
import fr.agora.plenary.domain.PlenaryRepository;
import fr.agora.plenary.domain.Representation;
import fr.agora.plenary.domain.PlenaryRepresentativeRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.voting.MotionChoice;
import fr.agora.voting.NamedChoice;
import fr.agora.voting.Secrecy;
import fr.agora.voting.Tally;
import fr.agora.voting.TallyFeed;
import fr.agora.voting.VotingService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live state of each plenary in session, for every screen that shows it (phones, staff, projector). The state is
 * always read from the database: the voting core's {@link TallyFeed} says when the open motion's count changed (on
 * this node at once, from other nodes by its poll), and the plenary's own changes (a check-in, a motion opened or
 * closed) are signalled after their commit. A burst of changes is read once: while a read is pending, further signals
 * wait for it, and one more read follows if anything changed meanwhile; every watcher then gets the same state.
 */
@Component
public class LiveBoard implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveBoard.class);

    /** A screen's registration, to remove when it detaches. */
    public interface Watch {
        void remove();
    }

    private final class Board {
        final long plenaryId;
        final List<Consumer<LiveState>> watchers = new CopyOnWriteArrayList<>();
        final AtomicBoolean pending = new AtomicBoolean();
        volatile Long watchedVote;
        volatile TallyFeed.Subscription subscription;

        Board(long plenaryId) {
            this.plenaryId = plenaryId;
        }
    }

    private final Map<Long, Board> boards = new ConcurrentHashMap<>();
    private final ExecutorService readers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "plenary-live");
        t.setDaemon(true);
        return t;
    });
    private final PlenaryRepository plenaries;
    private final PlenaryMotionRepository motions;
    private final PlenaryRepresentativeRepository representatives;
    private final PlenaryAttendanceRepository attendance;
    private final VotingService voting;
    private final TallyFeed feed;
    private final TransactionTemplate readOnly;

    LiveBoard(PlenaryRepository plenaries, PlenaryMotionRepository motions, PlenaryRepresentativeRepository representatives,
            PlenaryAttendanceRepository attendance, VotingService voting, TallyFeed feed, PlatformTransactionManager tx) {
        this.plenaries = plenaries;
        this.motions = motions;
        this.representatives = representatives;
        this.attendance = attendance;
        this.voting = voting;
        this.feed = feed;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Registers a screen: {@code onState} gets the state now (on the caller's thread) and after every change (on a
     * thread of the board's; a Vaadin view refreshes inside {@code ui.access}).
     */
    public Watch watch(long plenaryId, Consumer<LiveState> onState) {
        Board b = boards.computeIfAbsent(plenaryId, Board::new);
        b.watchers.add(onState);
        LiveState now = state(plenaryId);
        follow(b, now);
        onState.accept(now);
        return () -> {
            b.watchers.remove(onState);
            if (b.watchers.isEmpty() && boards.remove(plenaryId, b)) {
                TallyFeed.Subscription s = b.subscription;
                if (s != null) {
                    s.remove();
                }
            }
        };
    }

    /** Signals a change of the plenary once the current transaction commits (at once without one). */
    void changedAfterCommit(long plenaryId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changed(plenaryId);
                }
            });
        } else {
            changed(plenaryId);
        }
    }

    /** Reads the state again for the watchers of the plenary, if any (coalescing a burst of signals). */
    void changed(long plenaryId) {
        Board b = boards.get(plenaryId);
        if (b == null || !b.pending.compareAndSet(false, true)) {
            return;
        }
        readers.execute(() -> {
            // one read at a time per plenary, so that watchers never get an older state after a newer one
            synchronized (b) {
                b.pending.set(false);
                try {
                    LiveState s = state(plenaryId);
                    follow(b, s);
                    b.watchers.forEach(w -> w.accept(s));
                } catch (RuntimeException e) {
                    log.warn("État de la plénière {} illisible : {}", plenaryId, e.toString());
                }
            }
        });
    }

    /** Follows the open motion's vote in the core's live feed (and stops following a closed one). */
    private synchronized void follow(Board b, LiveState s) {
        Long vote = s.motion() != null && s.motion().status() == MotionStatus.OPEN
                ? motions.findById(s.motion().id()).map(Motion::getVoteId).orElse(null) : null;
        if (java.util.Objects.equals(vote, b.watchedVote)) {
            return;
        }
        if (b.subscription != null) {
            b.subscription.remove();
            b.subscription = null;
        }
        b.watchedVote = vote;
        if (vote != null) {
            b.subscription = feed.subscribe(vote, () -> changed(b.plenaryId));
        }
    }

    /** The state now, from the database. */
    public LiveState state(long plenaryId) {
        return readOnly.execute(s -> read(plenaryId));
    }

    private LiveState read(long plenaryId) {
        Plenary p = plenaries.findById(plenaryId).orElseThrow(() -> new BusinessException("plenary.error.unknown"));
        Motion m = motions.findFirstByPlenaryIdAndStatus(plenaryId, MotionStatus.OPEN)
                .or(() -> motions.findFirstByPlenaryIdAndStatusOrderByClosedAtDesc(plenaryId, MotionStatus.CLOSED))
                .orElse(null);
        return new LiveState(plenaryId, p.getTitle(), p.getSessionStatus(), quorum(p), m == null ? null : motion(m));
    }

    Quorum quorum(Plenary p) {
        int invited = (int) representatives.findByPlenaryIdOrderByCouncilIdAscCollegeAscFullNameAsc(p.getId()).stream()
                .filter(r -> r.getCollege().invited()).count();
        int present = (int) attendance.countByPlenaryId(p.getId());
        return new Quorum(invited, present, p.quorumFor(invited), p.getQuorumPercent());
    }

    MotionData motion(Motion m) {
        if (m.getStatus() == MotionStatus.OPEN) {
            Tally t = voting.tally(m.getVoteId());
            long registered = voting.turnout(m.getVoteId()).registered();
            return new MotionData(m.getId(), m.getKind(), m.getTitle(), m.getText(), m.getSecrecy(), m.getMajority(),
                    m.getStatus(), m.getClosesAt(), t.votes(MotionChoice.POUR.optionId()),
                    t.votes(MotionChoice.CONTRE.optionId()), t.votes(MotionChoice.ABSTENTION.optionId()), t.ballots(),
                    registered, null, List.of());
        }
        if (m.getStatus() == MotionStatus.DRAFT) {
            return new MotionData(m.getId(), m.getKind(), m.getTitle(), m.getText(), m.getSecrecy(), m.getMajority(),
                    m.getStatus(), null, 0, 0, 0, 0, 0, null, List.of());
        }
        long pour = m.getPour();
        long contre = m.getContre();
        long abst = m.getAbstentions();
        List<MotionData.NamedVote> names = List.of();
        if (m.getSecrecy() == Secrecy.OPEN && m.getVoteId() != null) {
            Map<String, String> seats = attendance.findByPlenaryId(m.getPlenaryId()).stream()
                    .collect(Collectors.toMap(a -> "seat:" + a.getRepresentativeId(), PlenaryAttendance::getAttendeeName));
            names = voting.namedChoices(m.getVoteId()).stream().map((NamedChoice c) -> new MotionData.NamedVote(
                    seats.getOrDefault(c.subject(), "?"), choice(c.choices()))).sorted(
                    java.util.Comparator.comparing(MotionData.NamedVote::name)).toList();
        }
        return new MotionData(m.getId(), m.getKind(), m.getTitle(), m.getText(), m.getSecrecy(), m.getMajority(),
                m.getStatus(), m.getClosesAt(), pour, contre, abst, pour + contre + abst, 0, m.getAdopted(), names);
    }

    private static String choice(List<Long> ids) {
        for (MotionChoice c : MotionChoice.values()) {
            if (ids.contains(c.optionId())) {
                return c.name();
            }
        }
        return "?";
    }

    @Override
    public void destroy() {
        readers.shutdownNow();
    }

    /** How many representatives a conseil designates in a collège (for the views). */
    public static int seats(Representation r) {
        return r.seats();
    }
}
