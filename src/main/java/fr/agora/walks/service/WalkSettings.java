package fr.agora.walks.service;

import fr.agora.walks.domain.CityBounds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Deployment settings of the marches exploratoires ({@code agora.walks.*}).
 *
 * @param bounds the area where pins and routes are accepted (Amiens by default)
 * @param photo  photo limits
 */
@ConfigurationProperties("agora.walks")
public record WalkSettings(Bounds bounds, Photo photo) {

    /**
     * The city's bounding box.
     *
     * @param minLat southern edge
     * @param minLon western edge
     * @param maxLat northern edge
     * @param maxLon eastern edge
     */
    public record Bounds(double minLat, double minLon, double maxLat, double maxLon) {
        public CityBounds toCityBounds() {
            return new CityBounds(minLat, minLon, maxLat, maxLon);
        }
    }

    /**
     * Photo limits.
     *
     * @param maxSize        the largest file accepted
     * @param maxMegapixels  the largest picture accepted, in millions of pixels (a guard against decompression bombs)
     * @param maxEdge        stored photos are scaled down so that their longest side is at most this many pixels
     * @param jpegQuality    JPEG quality of the re-encoded copy, 0..1
     * @param perObservation how many photos one pin may carry
     */
    public record Photo(DataSize maxSize, int maxMegapixels, int maxEdge, float jpegQuality, int perObservation) {
    }

    public CityBounds cityBounds() {
        return bounds.toCityBounds();
    }
}
