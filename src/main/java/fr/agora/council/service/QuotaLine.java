package fr.agora.council.service;

/**
 * One quota as the ceremony shows and edits it: how many of the drawn people (titulaires and suppléants) have a
 * value, between {@code min} and {@code max}; {@code hard} quotas are never relaxed.
 *
 * @param poolCount people of the pool with this value
 * @param achieved  people drawn with this value, once drawn (else null)
 */
public record QuotaLine(String category, String value, int min, int max, boolean hard, long poolCount,
        Integer achieved) {
}
