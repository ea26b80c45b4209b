package fr.agora.voting;

/**
 * Something changed in a vote (a ballot cast, a voter marked on paper, the close). Says only that: whoever shows a
 * tally reads it again from the database ({@link VotingService#tally}), so that every node shows the same.
 */
public record VoteChanged(long voteId) {
}
