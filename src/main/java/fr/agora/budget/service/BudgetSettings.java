package fr.agora.budget.service;

import fr.agora.shared.domain.GeoPoint;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Deployment settings of the budget participatif ({@code agora.budget.*}); the defaults fit Amiens.
 *
 * @param minLat       southern edge of the area where proposals may be located
 * @param minLon       western edge
 * @param maxLat       northern edge
 * @param maxLon       eastern edge
 * @param photoMaxSize the largest photo file accepted
 * @param maxMegapixels the largest picture accepted, in millions of pixels (decompression bombs)
 * @param maxEdge      stored photos are scaled down to this longest side, in pixels
 */
@ConfigurationProperties("agora.budget")
public record BudgetSettings(@DefaultValue("49.845") double minLat, @DefaultValue("2.215") double minLon,
        @DefaultValue("49.952") double maxLat, @DefaultValue("2.375") double maxLon,
        @DefaultValue("8MB") DataSize photoMaxSize, @DefaultValue("60") int maxMegapixels,
        @DefaultValue("2048") int maxEdge) {

    public boolean inside(GeoPoint p) {
        return p != null && p.lat() >= minLat && p.lat() <= maxLat && p.lon() >= minLon && p.lon() <= maxLon;
    }
}
