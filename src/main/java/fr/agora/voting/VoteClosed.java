package fr.agora.voting;

/** A vote was closed; its result is final and its ballots are published. Published after the commit. */
public record VoteClosed(long voteId, String owner, int ballots) {
}
