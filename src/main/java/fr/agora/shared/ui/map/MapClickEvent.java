package fr.agora.shared.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import fr.agora.shared.domain.GeoPoint;

/** A click (or tap) on the map, at a validated point. */
public class MapClickEvent extends ComponentEvent<LeafletMap> {

    private final GeoPoint point;

    public MapClickEvent(LeafletMap source, boolean fromClient, GeoPoint point) {
        super(source, fromClient);
        this.point = point;
    }

    public GeoPoint getPoint() {
        return point;
    }
}
