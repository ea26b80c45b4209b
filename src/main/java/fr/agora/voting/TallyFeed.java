package fr.agora.voting;

/**
 * The live channel of tallies. A subscriber is told that a vote changed, never what: it then reads the tally from
 * the database ({@link VotingService#tally}). Changes made on this node are signalled at once, after their commit;
 * changes made by another node of a cluster are noticed by polling the database's counts (every second by
 * default, {@code agora.voting.feed-poll-ms}), so every node shows the same tally.
 *
 * <p>For a Vaadin view: subscribe in {@code onAttach}, remove in {@code onDetach}, and refresh inside
 * {@code ui.access(...)}; the portal has {@code @Push}.
 */
public interface TallyFeed {

    /** Calls {@code onChange} (on a background thread) whenever the vote changes, until the registration is removed. */
    Subscription subscribe(long voteId, Runnable onChange);

    /** A subscription to remove. */
    interface Subscription {
        void remove();
    }
}
