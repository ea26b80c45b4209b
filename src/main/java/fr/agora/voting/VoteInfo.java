package fr.agora.voting;

import java.time.Instant;

/**
 * A vote as its feature reads it.
 *
 * @param ballotsDigest SHA-256 of the ballots, recorded at the close (see {@link VotingService#ballotsDigest})
 */
public record VoteInfo(long id, String owner, BallotRules rules, Secrecy secrecy, Disclosure disclosure,
        boolean selfEnrolment, boolean open, Instant openedAt, Instant closedAt, Integer ballotsCast,
        String ballotsDigest) {
}
