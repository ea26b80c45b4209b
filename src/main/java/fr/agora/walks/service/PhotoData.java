package fr.agora.walks.service;

import fr.agora.walks.domain.ObservationPhoto;
import fr.agora.walks.domain.PhotoStatus;

/** A stored photo's description (the bytes come from {@link ObservationService#photo}). */
public record PhotoData(long id, long observationId, PhotoStatus status, int width, int height, String mediaType, long sizeBytes) {

    static PhotoData of(ObservationPhoto p) {
        return new PhotoData(p.getId(), p.getObservation().getId(), p.getStatus(), p.getWidth(), p.getHeight(),
                p.getMediaType(), p.getSizeBytes());
    }
}
