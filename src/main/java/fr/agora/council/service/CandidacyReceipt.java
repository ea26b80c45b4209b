package fr.agora.council.service;

/**
 * What a candidate is told after applying: the reference to quote, and whether a confirmation e-mail was sent.
 */
public record CandidacyReceipt(String reference, boolean confirmationMailed) {
}
