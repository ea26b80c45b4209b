package fr.agora.shared.ui.map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Map settings ({@code agora.map.*}).
 *
 * @param tileUrl         tile URL template, OpenStreetMap by default; a city may use its own tile server
 * @param tileAttribution attribution shown on the map, as the tile licence requires
 * @param centerLat       default centre latitude (Amiens)
 * @param centerLon       default centre longitude
 */
@ConfigurationProperties("agora.map")
public record MapSettings(String tileUrl, String tileAttribution, double centerLat, double centerLon) {
}
