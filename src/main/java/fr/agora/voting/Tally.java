package fr.agora.voting;

import java.util.Map;

/**
 * A tally, always read from the database.
 *
 * @param ballots ballots in the box
 * @param counts  votes per option id; empty while a {@link Disclosure#SEALED} vote is open
 * @param closed  whether the vote is closed (the counts are then final)
 */
public record Tally(long voteId, boolean closed, boolean sealed, long ballots, Map<Long, Long> counts) {

    public Tally {
        counts = Map.copyOf(counts);
    }

    /** The votes of one option (0 when sealed or when nobody chose it). */
    public long votes(long optionId) {
        return counts.getOrDefault(optionId, 0L);
    }
}
