package fr.agora.shared.service;

import fr.agora.shared.domain.BusinessException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an uploaded territory outline: a GeoJSON Polygon or MultiPolygon (bare, or as a Feature), with closed
 * rings of valid WGS 84 positions. Anything else is refused with a message key.
 */
final class GeoJsonValidator {

    static final int MAX_POSITIONS = 100_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonValidator() {
    }

    /** Returns the geometry, normalised to compact JSON. */
    static String validatePolygon(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new BusinessException("geojson.invalid-json");
        }
        if (root == null || !root.isObject()) {
            throw new BusinessException("geojson.invalid-json");
        }
        JsonNode geometry = "Feature".equals(root.path("type").asString("")) ? root.path("geometry") : root;
        String type = geometry.path("type").asString("");
        int[] count = {0};
        switch (type) {
            case "Polygon" -> checkPolygon(geometry.path("coordinates"), count);
            case "MultiPolygon" -> {
                JsonNode polygons = geometry.path("coordinates");
                if (!polygons.isArray() || polygons.isEmpty()) {
                    throw new BusinessException("geojson.not-polygon");
                }
                for (JsonNode polygon : polygons) {
                    checkPolygon(polygon, count);
                }
            }
            default -> throw new BusinessException("geojson.not-polygon");
        }
        return JSON.writeValueAsString(geometry);
    }

    private static void checkPolygon(JsonNode rings, int[] count) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new BusinessException("geojson.not-polygon");
        }
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                throw new BusinessException("geojson.ring-too-short");
            }
            for (JsonNode position : ring) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                    throw new BusinessException("geojson.bad-position");
                }
                double lon = position.get(0).asDouble();
                double lat = position.get(1).asDouble();
                if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                    throw new BusinessException("geojson.bad-position");
                }
                if (++count[0] > MAX_POSITIONS) {
                    throw new BusinessException("geojson.too-large");
                }
            }
            if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                throw new BusinessException("geojson.ring-not-closed");
            }
        }
    }
}
