package fr.agora.shared.ui.map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import fr.agora.shared.domain.GeoPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Our own Leaflet map element ({@code frontend/leaflet-map.js}). The server keeps the authoritative list of
 * markers and GeoJSON layers, replays it whenever the element is (re)attached, and validates every point the
 * browser sends back: client data is never trusted.
 */
@Tag("agora-leaflet-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./leaflet-map.js")
public class LeafletMap extends Component implements HasSize, HasStyle {

    /** A marker as the server knows it. Labels are shown as text, never as HTML. */
    public record Marker(String id, GeoPoint point, String label, String colour) {
    }

    /** A GeoJSON layer, drawn with a colour and labelled for its tooltip. */
    public record GeoJsonLayer(String id, String geoJson, String colour, String label) {
    }

    private final Map<String, Marker> markers = new LinkedHashMap<>();
    private final Map<String, GeoJsonLayer> layers = new LinkedHashMap<>();
    private String tileUrl;
    private String attribution;
    private GeoPoint centre;
    private int zoom;
    private int nextId;

    public LeafletMap(MapSettings settings) {
        this(settings.tileUrl(), settings.tileAttribution(), new GeoPoint(settings.centerLat(), settings.centerLon()), 13);
    }

    public LeafletMap(String tileUrl, String attribution, GeoPoint centre, int zoom) {
        this.tileUrl = Objects.requireNonNull(tileUrl);
        this.attribution = attribution == null ? "" : attribution;
        this.centre = Objects.requireNonNull(centre);
        this.zoom = zoom;
        setHeight("400px");
        setWidthFull();
        getElement().setAttribute("role", "application");
    }

    /** The accessible name of the map, read by screen readers. */
    public void setAccessibleName(String name) {
        getElement().setAttribute("aria-label", name);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().callJsFunction("setTiles", tileUrl, attribution);
        getElement().callJsFunction("setView", centre.lat(), centre.lon(), zoom);
        getElement().callJsFunction("clearAll");
        markers.values().forEach(this::sendMarker);
        layers.values().forEach(this::sendLayer);
    }

    public void setView(GeoPoint centre, int zoom) {
        this.centre = Objects.requireNonNull(centre);
        this.zoom = zoom;
        if (isAttached()) {
            getElement().callJsFunction("setView", centre.lat(), centre.lon(), zoom);
        }
    }

    public GeoPoint getCentre() {
        return centre;
    }

    public int getZoom() {
        return zoom;
    }

    public String getTileUrl() {
        return tileUrl;
    }

    /** Adds a marker with a text label (its popup and tooltip); returns its id. */
    public String addMarker(GeoPoint point, String label) {
        return addMarker(point, label, null);
    }

    /** Adds a marker drawn in {@code colour} (a CSS colour, or {@code null} for Leaflet's pin). */
    public String addMarker(GeoPoint point, String label, String colour) {
        String id = "m" + (++nextId);
        Marker marker = new Marker(id, Objects.requireNonNull(point), label == null ? "" : label, colour);
        markers.put(id, marker);
        if (isAttached()) {
            sendMarker(marker);
        }
        return id;
    }

    public void removeMarker(String id) {
        if (markers.remove(id) != null && isAttached()) {
            getElement().callJsFunction("removeMarker", id);
        }
    }

    public void clearMarkers() {
        List<String> ids = new ArrayList<>(markers.keySet());
        ids.forEach(this::removeMarker);
    }

    /** The markers currently on the map, in the order they were added. */
    public List<Marker> getMarkers() {
        return List.copyOf(markers.values());
    }

    /** Adds or replaces a GeoJSON layer (a territory outline, a walk's route). */
    public void addGeoJson(String id, String geoJson, String colour, String label) {
        GeoJsonLayer layer = new GeoJsonLayer(id, Objects.requireNonNull(geoJson), colour, label == null ? "" : label);
        layers.put(id, layer);
        if (isAttached()) {
            sendLayer(layer);
        }
    }

    public void removeGeoJson(String id) {
        if (layers.remove(id) != null && isAttached()) {
            getElement().callJsFunction("removeLayer", id);
        }
    }

    public List<GeoJsonLayer> getGeoJsonLayers() {
        return List.copyOf(layers.values());
    }

    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, listener);
    }

    @ClientCallable
    private void mapClicked(double lat, double lon) {
        GeoPoint point;
        try {
            point = new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            return; // a forged call with impossible coordinates is ignored
        }
        fireEvent(new MapClickEvent(this, true, point));
    }

    private void sendMarker(Marker m) {
        getElement().callJsFunction("addMarker", m.id(), m.point().lat(), m.point().lon(), m.label(),
                m.colour() == null ? "" : m.colour());
    }

    private void sendLayer(GeoJsonLayer l) {
        getElement().callJsFunction("addGeoJson", l.id(), l.geoJson(), l.colour() == null ? "#1a5fb4" : l.colour(), l.label());
    }
}
