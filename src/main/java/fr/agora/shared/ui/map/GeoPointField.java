package fr.agora.shared.ui.map;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import fr.agora.shared.domain.GeoPoint;

/**
 * A point chosen by tapping the map, or typed as latitude and longitude (the keyboard path). Usable with
 * {@code Binder}. An optional bounding box refuses points outside the city.
 */
public class GeoPointField extends CustomField<GeoPoint> {

    private final LeafletMap map;
    private final NumberField lat = new NumberField();
    private final NumberField lon = new NumberField();
    private final Details coordinatesDetails;
    private String markerId;
    private double[] bounds; // minLat, minLon, maxLat, maxLon

    public GeoPointField(String label, MapSettings settings) {
        setLabel(label);
        map = new LeafletMap(settings);
        map.setHeight("320px");
        map.setAccessibleName(label);
        lat.setLabel(getTranslation("map.latitude"));
        lon.setLabel(getTranslation("map.longitude"));
        lat.setStep(0.000001);
        lon.setStep(0.000001);
        lat.setId("geopoint-lat");
        lon.setId("geopoint-lon");
        FlexLayout coordinates = new FlexLayout(lat, lon);
        coordinates.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        coordinates.getStyle().set("gap", "var(--lumo-space-m)");
        // the typed coordinates are the keyboard path: shown unless a form folds them away (residents' capture)
        coordinatesDetails = new Details(getTranslation("map.coordinates"), coordinates);
        coordinatesDetails.setId("geopoint-coordinates");
        coordinatesDetails.setOpened(true);
        VerticalLayout layout = new VerticalLayout(map, coordinatesDetails);
        layout.setPadding(false);
        layout.setSpacing(false);
        add(layout);

        map.addMapClickListener(e -> {
            setPresentationValue(rounded(e.getPoint()));
            updateValue();
            // a tap gives a valid point: the coordinate fields are never left marked as wrong
            lat.setInvalid(false);
            lon.setInvalid(false);
        });
        lat.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                updateValue();
            }
        });
        lon.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                updateValue();
            }
        });
    }

    /** Shows the typed coordinates unfolded (staff), or folded away behind "enter the coordinates" (residents). */
    public void setCoordinatesOpened(boolean opened) {
        coordinatesDetails.setOpened(opened);
    }

    /**
     * A point to 6 decimals (about 10 cm): what the fields step by, so that a tapped point is never "invalid", and
     * never 14 decimals on the screen.
     */
    public static GeoPoint rounded(GeoPoint p) {
        return p == null ? null : new GeoPoint(Math.round(p.lat() * 1e6) / 1e6, Math.round(p.lon() * 1e6) / 1e6);
    }

    /** Restricts the accepted area; a point outside makes the field invalid. */
    public void setBounds(double minLat, double minLon, double maxLat, double maxLon) {
        this.bounds = new double[] {minLat, minLon, maxLat, maxLon};
    }

    public boolean isInside(GeoPoint p) {
        return bounds == null || (p.lat() >= bounds[0] && p.lon() >= bounds[1] && p.lat() <= bounds[2] && p.lon() <= bounds[3]);
    }

    public LeafletMap getMap() {
        return map;
    }

    @Override
    protected GeoPoint generateModelValue() {
        Double la = lat.getValue();
        Double lo = lon.getValue();
        if (la == null || lo == null) {
            return null;
        }
        try {
            GeoPoint p = new GeoPoint(la, lo);
            placeMarker(p);
            return p;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    protected void setPresentationValue(GeoPoint value) {
        GeoPoint point = rounded(value);
        lat.setValue(point == null ? null : point.lat());
        lon.setValue(point == null ? null : point.lon());
        if (point == null) {
            lat.setInvalid(false);
            lon.setInvalid(false);
        }
        placeMarker(point);
    }

    private void placeMarker(GeoPoint point) {
        if (markerId != null) {
            map.removeMarker(markerId);
            markerId = null;
        }
        if (point != null) {
            markerId = map.addMarker(point, getLabel());
        }
    }
}
