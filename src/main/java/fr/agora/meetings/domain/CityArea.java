package fr.agora.meetings.domain;

import fr.agora.shared.domain.GeoPoint;

/** Amiens and its metropole, roughly: points outside are refused (a pin in the sea is a typing error). */
public final class CityArea {

    private CityArea() {
    }

    public static boolean contains(GeoPoint p) {
        return p != null && p.lat() >= 49.80 && p.lat() <= 50.00 && p.lon() >= 2.15 && p.lon() <= 2.45;
    }
}
