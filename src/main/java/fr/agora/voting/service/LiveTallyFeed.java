package fr.agora.voting.service;

import fr.agora.voting.TallyFeed;
import fr.agora.voting.VoteChanged;
import fr.agora.voting.domain.BallotRepository;
import fr.agora.voting.domain.RegistryRepository;
import fr.agora.voting.domain.VoteRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The live channel of tallies ({@link TallyFeed}). Two sources say "changed", neither says what: the
 * {@link VoteChanged} events of this node, after their commit, and a poll of the database's counts for the votes
 * somebody watches (changes committed by other nodes). Subscribers are called on a thread of their own, never on
 * the thread that cast (a Vaadin session must not be entered while another one is locked).
 */
@Component
public class LiveTallyFeed implements TallyFeed, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveTallyFeed.class);

    /** What the database said of a vote at the last poll. */
    record Snapshot(long version, Object status, long ballots, long marks) {
    }

    private final Map<Long, List<Runnable>> subscribers = new ConcurrentHashMap<>();
    private final Map<Long, Snapshot> seen = new ConcurrentHashMap<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "voting-feed");
        t.setDaemon(true);
        return t;
    });
    private final VoteRepository votes;
    private final BallotRepository ballots;
    private final RegistryRepository registry;

    LiveTallyFeed(VoteRepository votes, BallotRepository ballots, RegistryRepository registry) {
        this.votes = votes;
        this.ballots = ballots;
        this.registry = registry;
    }

    @Override
    public Subscription subscribe(long voteId, Runnable onChange) {
        Objects.requireNonNull(onChange, "onChange");
        subscribers.computeIfAbsent(voteId, id -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> subscribers.computeIfPresent(voteId, (id, list) -> {
            list.remove(onChange);
            if (list.isEmpty()) {
                seen.remove(id);
                return null;
            }
            return list;
        });
    }

    /**
     * A change on this node, signalled after its commit. A plain listener that registers its own after-commit
     * callback, rather than a {@code @TransactionalEventListener}: Spring Modulith would persist every such event
     * in its publication registry (a write per cast, and a second connection to mark it completed).
     */
    @EventListener
    void on(VoteChanged event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal(event.voteId());
                }
            });
        } else {
            signal(event.voteId());
        }
    }

    /**
     * Compares the counts of the watched votes with the last poll and signals those that moved (committed by any
     * node). Cheap: three grouped queries over the watched votes only, nothing when nobody watches.
     */
    @Scheduled(fixedDelayString = "${agora.voting.feed-poll-ms:1000}")
    public void poll() {
        Set<Long> watched = Set.copyOf(subscribers.keySet());
        if (watched.isEmpty()) {
            return;
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : ballots.countBallots(watched)) {
            counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[2])[0] = ((Number) row[1]).longValue();
        }
        for (Object[] row : registry.countVoted(watched)) {
            counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[2])[1] = ((Number) row[1]).longValue();
        }
        for (Object[] row : votes.states(watched)) {
            long id = ((Number) row[0]).longValue();
            long[] c = counts.getOrDefault(id, new long[2]);
            Snapshot now = new Snapshot(((Number) row[1]).longValue(), row[2], c[0], c[1]);
            Snapshot before = seen.put(id, now);
            // the first poll after a subscription signals too: nothing between the subscriber's first read and now is lost
            if (before == null || !before.equals(now)) {
                signal(id);
            }
        }
    }

    private void signal(long voteId) {
        List<Runnable> list = subscribers.get(voteId);
        if (list == null) {
            return;
        }
        for (Runnable r : list) {
            notifier.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    log.warn("Abonné au décompte du vote {} en erreur", voteId, e);
                }
            });
        }
    }

    @Override
    public void destroy() {
        notifier.shutdownNow();
    }
}
