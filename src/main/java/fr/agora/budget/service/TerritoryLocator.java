package fr.agora.budget.service;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The territory a point falls in, from the outlines admins uploaded (QPV first, then territoires de veille, then
 * secteurs). Where no outline contains the point, the holder chooses the territory.
 */
@Component
class TerritoryLocator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<TerritoryKind> ORDER = List.of(TerritoryKind.QPV, TerritoryKind.VEILLE, TerritoryKind.SECTEUR);

    private final TerritoryService territories;

    TerritoryLocator(TerritoryService territories) {
        this.territories = territories;
    }

    /** The territories a holder may choose from (current QPV, veille and secteurs). */
    List<TerritoryData> choices() {
        List<TerritoryData> all = new ArrayList<>();
        ORDER.forEach(k -> all.addAll(territories.current(k)));
        return all;
    }

    Optional<TerritoryData> locate(GeoPoint p) {
        if (p == null) {
            return Optional.empty();
        }
        for (TerritoryKind kind : ORDER) {
            for (TerritoryData t : territories.current(kind)) {
                if (t.polygonGeoJson() != null && contains(t.polygonGeoJson(), p)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a GeoJSON Polygon or MultiPolygon (possibly wrapped in a Feature) contains the point. */
    static boolean contains(String geoJson, GeoPoint p) {
        try {
            JsonNode node = JSON.readTree(geoJson);
            if (node.has("geometry")) {
                node = node.get("geometry");
            }
            String type = node.path("type").asString("");
            JsonNode coords = node.path("coordinates");
            if ("Polygon".equals(type)) {
                return inPolygon(coords, p);
            }
            if ("MultiPolygon".equals(type)) {
                for (JsonNode poly : coords) {
                    if (inPolygon(poly, p)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Outer ring minus holes; rings are [lon, lat] pairs. */
    private static boolean inPolygon(JsonNode rings, GeoPoint p) {
        if (!rings.isArray() || rings.isEmpty() || !inRing(rings.get(0), p)) {
            return false;
        }
        for (int i = 1; i < rings.size(); i++) {
            if (inRing(rings.get(i), p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRing(JsonNode ring, GeoPoint p) {
        boolean inside = false;
        int n = ring.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring.get(i).get(0).asDouble();
            double yi = ring.get(i).get(1).asDouble();
            double xj = ring.get(j).get(0).asDouble();
            double yj = ring.get(j).get(1).asDouble();
            if ((yi > p.lat()) != (yj > p.lat()) && p.lon() < (xj - xi) * (p.lat() - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }
}
