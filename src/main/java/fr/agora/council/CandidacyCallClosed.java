package fr.agora.council;

import java.time.Instant;

/**
 * A call for candidacies stopped taking candidacies before its announced closing time: staff closed it, or the freeze
 * of a draw it feeds closed it.
 *
 * @param campaignId the call
 * @param councilId its council
 * @param kind {@code HABITANT} (residents, for a draw) or {@code ASSOCIATION}
 * @param closedAt when it closed
 */
public record CandidacyCallClosed(long campaignId, long councilId, String kind, Instant closedAt) {
}
