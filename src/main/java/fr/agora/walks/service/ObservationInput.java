package fr.agora.walks.service;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.walks.domain.Assessment;
import java.time.Instant;

/**
 * A pin as the capture form sends it.
 *
 * @param observedAt when the participant placed the pin (a draft resubmitted later keeps it); {@code null} for now
 * @param clientRef  the draft's identifier: sending the same draft twice stores one pin
 */
public record ObservationInput(Long criterionId, Assessment assessment, int severity, String text, GeoPoint point,
        Instant observedAt, String clientRef) {
}
