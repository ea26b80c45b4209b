package fr.agora.walks.service;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.walks.domain.Assessment;
import fr.agora.walks.domain.ModerationStatus;
import java.time.Instant;
import java.util.List;

/**
 * A pin as the current viewer may see it: for the public, {@code text} is {@code null} when a moderator hid it,
 * and only published photos are listed. The author is never part of it.
 */
public record ObservationData(long id, long walkId, String walkTitle, CriterionData criterion, Assessment assessment,
        int severity, String text, GeoPoint point, Instant observedAt, ModerationStatus status, boolean textHidden,
        boolean internal, String moderationNote, List<PhotoData> photos) {
}
