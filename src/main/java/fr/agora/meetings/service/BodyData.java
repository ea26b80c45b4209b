package fr.agora.meetings.service;

import fr.agora.meetings.domain.BodyKind;

/**
 * A body that can meet, with its settings. {@code id} is null until the body's settings were first saved.
 *
 * @param key {@code COUNCIL:12}, {@code COLLEGE:12:HABITANTS} or {@code COMITE:34}
 */
public record BodyData(Long id, String key, BodyKind kind, long refId, String college, String name, Long territoryId,
        String premises, int quorumPercent, boolean minutesPublic) {
}
