package fr.agora.walks.service;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.walks.domain.CityBounds;
import fr.agora.walks.domain.WalkState;
import java.util.List;

/**
 * What the capture form needs: the walk, whether it still accepts pins, the area, the route, the active criteria,
 * the pins this participant already placed, and the photo limits.
 */
public record CaptureContext(long walkId, String title, String territoryName, WalkState state, boolean open,
        CityBounds bounds, List<GeoPoint> route, List<CriterionData> criteria, List<ObservationData> myPins,
        long maxPhotoBytes, int photosPerObservation) {
}
