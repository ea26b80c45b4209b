package fr.agora.shared.ui;

import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.ui.map.LeafletMap;
import java.util.List;

/** Draws territories on a map: the outline when there is one, and a marker at the centre. */
public final class TerritoryLayers {

    private TerritoryLayers() {
    }

    public static void show(LeafletMap map, List<TerritoryData> territories) {
        for (TerritoryData t : territories) {
            String label = t.population() == null ? t.name() : t.name() + " (" + t.population() + " hab.)";
            if (t.polygonGeoJson() != null) {
                map.addGeoJson("t" + t.id(), t.polygonGeoJson(), "#1a5fb4", label);
            }
            if (t.centre() != null) {
                map.addMarker(t.centre(), label);
            }
        }
    }
}
