package fr.agora.voting;

/**
 * A batch of paper ballots entered by staff.
 *
 * @param digest SHA-256 of the batch's ballots in canonical form: a second person re-entering the same papers
 *               gets the same digest
 */
public record PaperBatch(long voteId, String label, int ballots, String digest) {
}
