package fr.agora.shared.domain;

/**
 * A WGS 84 point. Invalid coordinates cannot be constructed.
 *
 * @param lat latitude in degrees, -90..90
 * @param lon longitude in degrees, -180..180
 */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("Latitude invalide : " + lat);
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("Longitude invalide : " + lon);
        }
    }
}
