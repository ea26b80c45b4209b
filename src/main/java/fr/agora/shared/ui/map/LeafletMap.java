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
import com.vaadin.flow.function.SerializableConsumer;
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
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@JsModule("./leaflet-map.js")
public class LeafletMap extends Component implements HasSize, HasStyle {

    /**
     * A marker as the server knows it. Labels are shown as text, never as HTML. A marker with a {@code symbol} is a
     * pin: the symbol (one or two characters) drawn in a shape, so that colour is never the only cue.
     */
    public record Marker(String id, GeoPoint point, String label, String colour, String symbol, PinShape shape) {

        public Marker(String id, GeoPoint point, String label, String colour) {
            this(id, point, label, colour, null, null);
        }
    }

    /** The outline of a pin. */
    public enum PinShape {
        CIRCLE, DIAMOND
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
    private boolean clustering;
    private double[] fitBounds;

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
        getElement().callJsFunction("setClustering", clustering);
        if (fitBounds != null) {
            getElement().callJsFunction("fitBounds", fitBounds[0], fitBounds[1], fitBounds[2], fitBounds[3]);
        }
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

    /**
     * Adds a pin: {@code symbol} (one or two characters) in a {@code shape} filled with {@code colour} (#rrggbb);
     * the label is its tooltip, popup and accessible name. Returns its id.
     */
    public String addPin(GeoPoint point, String label, String colour, String symbol, PinShape shape) {
        String id = "m" + (++nextId);
        Marker marker = new Marker(id, Objects.requireNonNull(point), label == null ? "" : label, colour,
                Objects.requireNonNull(symbol), shape == null ? PinShape.CIRCLE : shape);
        markers.put(id, marker);
        if (isAttached()) {
            sendMarker(marker);
        }
        return id;
    }

    /** Groups nearby markers into numbered clusters (for maps with many pins). */
    public void setClustering(boolean clustering) {
        this.clustering = clustering;
        if (isAttached()) {
            getElement().callJsFunction("setClustering", clustering);
        }
    }

    public boolean isClustering() {
        return clustering;
    }

    /** Shows the smallest view that contains these points (with a margin); does nothing for an empty list. */
    public void fitTo(List<GeoPoint> points) {
        if (points == null || points.isEmpty()) {
            return;
        }
        double s = 90;
        double w = 180;
        double n = -90;
        double e = -180;
        for (GeoPoint p : points) {
            s = Math.min(s, p.lat());
            n = Math.max(n, p.lat());
            w = Math.min(w, p.lon());
            e = Math.max(e, p.lon());
        }
        fitBounds = new double[] {s, w, n, e};
        if (isAttached()) {
            getElement().callJsFunction("fitBounds", s, w, n, e);
        }
    }

    /**
     * Asks the browser for the device's position (geolocation). {@code onPosition} gets a validated point;
     * {@code onFailure} gets a reason: {@code denied}, {@code unavailable}, {@code timeout} or {@code unsupported}.
     * The element also fires a DOM event {@code agora-position} so that offline scripts (a local draft) see it.
     */
    public void requestPosition(SerializableConsumer<GeoPoint> onPosition, SerializableConsumer<String> onFailure) {
        getElement().executeJs("""
                const el = this;
                return new Promise((resolve) => {
                  if (!navigator.geolocation || !window.isSecureContext) { resolve('unsupported'); return; }
                  navigator.geolocation.getCurrentPosition(
                    (p) => {
                      el.dispatchEvent(new CustomEvent('agora-position',
                        { detail: { lat: p.coords.latitude, lon: p.coords.longitude }, bubbles: true }));
                      resolve(p.coords.latitude + ',' + p.coords.longitude);
                    },
                    (e) => resolve(e.code === 1 ? 'denied' : e.code === 3 ? 'timeout' : 'unavailable'),
                    { enableHighAccuracy: true, timeout: 15000, maximumAge: 30000 });
                });""").then(String.class, result -> {
                    GeoPoint p = parsePosition(result);
                    if (p == null) {
                        onFailure.accept(result == null || result.contains(",") ? "unavailable" : result);
                    } else {
                        onPosition.accept(p);
                    }
                }, error -> onFailure.accept("unavailable"));
    }

    /** A "lat,lon" answer from the browser as a point, or {@code null} (an error code, or forged values). */
    static GeoPoint parsePosition(String result) {
        if (result == null || !result.contains(",")) {
            return null;
        }
        try {
            String[] parts = result.split(",", 2);
            return new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
        } catch (IllegalArgumentException e) {
            return null;
        }
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
        if (m.symbol() != null) {
            getElement().callJsFunction("addPin", m.id(), m.point().lat(), m.point().lon(), m.label(),
                    m.colour() == null ? "" : m.colour(), m.symbol(), m.shape() == PinShape.DIAMOND ? "diamond" : "circle");
            return;
        }
        getElement().callJsFunction("addMarker", m.id(), m.point().lat(), m.point().lon(), m.label(),
                m.colour() == null ? "" : m.colour());
    }

    private void sendLayer(GeoJsonLayer l) {
        getElement().callJsFunction("addGeoJson", l.id(), l.geoJson(), l.colour() == null ? "#1a5fb4" : l.colour(), l.label());
    }
}
