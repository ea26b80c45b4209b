package fr.agora.voting;

/** What the running tally shows while the vote is open. */
public enum Disclosure {
    /** Only the number of ballots until the close (budget vote, association election). */
    SEALED,
    /** The number of votes per option as they come in (plenary motions shown on the projector). */
    LIVE
}
