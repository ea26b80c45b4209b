package fr.agora.walks.domain;

import fr.agora.shared.domain.GeoPoint;

/**
 * The area where pins and routes are accepted: the city's bounding box (Amiens by default, configurable).
 *
 * @param minLat southern edge
 * @param minLon western edge
 * @param maxLat northern edge
 * @param maxLon eastern edge
 */
public record CityBounds(double minLat, double minLon, double maxLat, double maxLon) {

    public CityBounds {
        if (!(minLat < maxLat) || !(minLon < maxLon)) {
            throw new IllegalArgumentException("Emprise invalide");
        }
        new GeoPoint(minLat, minLon);
        new GeoPoint(maxLat, maxLon);
    }

    public boolean contains(GeoPoint p) {
        return p != null && p.lat() >= minLat && p.lat() <= maxLat && p.lon() >= minLon && p.lon() <= maxLon;
    }
}
