package fr.agora.voting;

/**
 * What a voter's credential opens, for the voter: the vote, their registry line and whether they have voted.
 *
 * @param open whether the vote still takes ballots
 */
public record VoterStatus(long voteId, String voterId, String subject, boolean voted, boolean open) {
}
