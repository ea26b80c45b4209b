package fr.agora.walks.domain;

import fr.agora.shared.domain.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A walk's route: a GeoJSON LineString of at least two positions, all inside the city's bounds. Parsing refuses
 * anything else with a message key ({@link RouteException}).
 */
public final class RouteLine {

    /** Far more vertices than a hand-drawn walk needs; bounds the stored text. */
    public static final int MAX_POINTS = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RouteLine() {
    }

    /** A refused route; {@link #key()} is the message key. */
    public static final class RouteException extends IllegalArgumentException {
        private final String key;

        public RouteException(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The points of a LineString (bare, or as a Feature), checked against {@code bounds}. */
    public static List<GeoPoint> parse(String geoJson, CityBounds bounds) {
        JsonNode root;
        try {
            root = JSON.readTree(geoJson);
        } catch (JacksonException e) {
            throw new RouteException("walk.route.invalid");
        }
        if (root == null || !root.isObject()) {
            throw new RouteException("walk.route.invalid");
        }
        JsonNode geometry = "Feature".equals(root.path("type").asString("")) ? root.path("geometry") : root;
        if (!"LineString".equals(geometry.path("type").asString(""))) {
            throw new RouteException("walk.route.not-line");
        }
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray()) {
            throw new RouteException("walk.route.not-line");
        }
        List<GeoPoint> points = new ArrayList<>();
        for (JsonNode position : coordinates) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new RouteException("walk.route.invalid");
            }
            GeoPoint p;
            try {
                p = new GeoPoint(position.get(1).asDouble(), position.get(0).asDouble());
            } catch (IllegalArgumentException e) {
                throw new RouteException("walk.route.invalid");
            }
            points.add(p);
        }
        check(points, bounds);
        return points;
    }

    /** Checks a list of points as a route. */
    public static void check(List<GeoPoint> points, CityBounds bounds) {
        if (points.size() < 2) {
            throw new RouteException("walk.route.too-short");
        }
        if (points.size() > MAX_POINTS) {
            throw new RouteException("walk.route.too-long");
        }
        for (GeoPoint p : points) {
            if (!bounds.contains(p)) {
                throw new RouteException("walk.route.out-of-bounds");
            }
        }
    }

    /** The points as a compact GeoJSON LineString (longitude first, 6 decimals: about 10 cm). */
    public static String toGeoJson(List<GeoPoint> points) {
        ObjectNode line = JSON.createObjectNode();
        line.put("type", "LineString");
        ArrayNode coordinates = line.putArray("coordinates");
        for (GeoPoint p : points) {
            ArrayNode position = coordinates.addArray();
            position.add(round(p.lon()));
            position.add(round(p.lat()));
        }
        return JSON.writeValueAsString(line);
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
