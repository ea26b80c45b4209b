package fr.agora.council.service;

/**
 * What a candidate is told after applying: the reference to quote, whether a confirmation e-mail was sent, and,
 * for a resident applying to a call whose candidacies already joined a frozen draw, the day of that freeze (the
 * candidacy is kept for the next draw, not this one).
 *
 * @param tooLateForDrawFrozenOn the day the draw fed by this call was frozen, or null
 */
public record CandidacyReceipt(String reference, boolean confirmationMailed, java.time.LocalDate tooLateForDrawFrozenOn) {
}
