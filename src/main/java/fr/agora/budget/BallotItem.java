package fr.agora.budget;

/**
 * A proposal on an edition's ballot, for the vote (issue "Budget participatif (2/2)").
 *
 * @param costEuros    the cost that counts: the city service's estimate
 * @param envelopeCode the earmarked envelope it competes in, or {@code null} for the general part of the total
 */
public record BallotItem(long proposalId, long editionId, String title, long costEuros, String envelopeCode) {
}
