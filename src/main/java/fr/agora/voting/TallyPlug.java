package fr.agora.voting;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one {@link VoteKind}: which ballots are valid, and how closed ballots are counted per option. The
 * core ships one per kind (approval, knapsack, motion); a feature adding a kind adds a bean. Who wins (seats and
 * tie-breaks, the budget's greedy or equal-shares rule, a motion's majority) is the feature's rule, computed from
 * the counts or from the published ballots.
 */
public interface TallyPlug {

    VoteKind kind();

    /**
     * Refuses a ballot these rules do not accept.
     *
     * @throws VotingException with {@link Refusal#NO_CHOICE}, {@link Refusal#TOO_FEW}, {@link Refusal#TOO_MANY},
     *                         {@link Refusal#NOT_AN_OPTION} or {@link Refusal#OVER_BUDGET}
     */
    void check(BallotRules rules, Set<Long> choices);

    /** Votes per option of closed ballots; by default one vote for each option a ballot names. */
    default Map<Long, Long> count(BallotRules rules, Collection<? extends Set<Long>> ballots) {
        Map<Long, Long> counts = new HashMap<>();
        rules.options().forEach(o -> counts.put(o.id(), 0L));
        ballots.forEach(b -> b.forEach(id -> counts.merge(id, 1L, Long::sum)));
        return counts;
    }
}
