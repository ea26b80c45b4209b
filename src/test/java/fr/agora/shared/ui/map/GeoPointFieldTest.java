package fr.agora.shared.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.data.binder.Binder;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.ui.HomeView;
import fr.agora.support.AgoraSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AgoraSpringTest
class GeoPointFieldTest extends SpringBrowserlessTest {

    @Autowired
    MapSettings settings;

    /** A bean a form would edit. */
    static final class Place {
        private GeoPoint point;

        GeoPoint getPoint() {
            return point;
        }

        void setPoint(GeoPoint point) {
            this.point = point;
        }
    }

    @Test
    void a_tap_on_the_map_sets_the_bound_value_and_one_marker() {
        navigate(HomeView.class);
        GeoPointField field = new GeoPointField("Lieu", settings);
        field.setBounds(49.85, 2.20, 49.95, 2.40);
        Binder<Place> binder = new Binder<>();
        binder.forField(field)
                .withValidator(p -> p == null || field.isInside(p), "Hors d'Amiens")
                .bind(Place::getPoint, Place::setPoint);
        Place place = new Place();
        binder.setBean(place);

        LeafletMap map = field.getMap();
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, new GeoPoint(49.90, 2.30)));
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, new GeoPoint(49.91, 2.31)));
        assertThat(place.getPoint()).isEqualTo(new GeoPoint(49.91, 2.31));
        assertThat(map.getMarkers()).hasSize(1).first().extracting(LeafletMap.Marker::point).isEqualTo(new GeoPoint(49.91, 2.31));

        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, new GeoPoint(48.85, 2.35)));
        assertThat(binder.validate().isOk()).isFalse();
        assertThat(place.getPoint()).isEqualTo(new GeoPoint(49.91, 2.31));
    }

    @Test
    void a_tapped_point_is_rounded_to_the_fields_step_and_leaves_no_field_marked_wrong() {
        navigate(HomeView.class);
        GeoPointField field = new GeoPointField("Lieu", settings);
        LeafletMap map = field.getMap();
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, new GeoPoint(49.90512345678912, 2.30198765432198)));
        assertThat(field.getValue()).isEqualTo(new GeoPoint(49.905123, 2.301988));
        java.util.List<com.vaadin.flow.component.textfield.NumberField> coordinates = $(com.vaadin.flow.component.textfield.NumberField.class)
                .from(field).all();
        assertThat(coordinates).hasSize(2).noneMatch(com.vaadin.flow.component.textfield.NumberField::isInvalid)
                .extracting(com.vaadin.flow.component.textfield.NumberField::getValue).containsExactly(49.905123, 2.301988);
    }

    @Test
    void markers_and_layers_are_mirrored_on_the_server() {
        LeafletMap map = new LeafletMap(settings);
        String a = map.addMarker(new GeoPoint(49.9, 2.3), "<script>alert(1)</script>");
        map.addMarker(new GeoPoint(49.91, 2.31), "B", "#c01c28");
        map.addGeoJson("qpv", "{\"type\":\"Polygon\",\"coordinates\":[]}", null, "QPV");
        map.removeMarker(a);
        assertThat(map.getMarkers()).extracting(LeafletMap.Marker::label).containsExactly("B");
        assertThat(map.getGeoJsonLayers()).extracting(LeafletMap.GeoJsonLayer::id).containsExactly("qpv");
        map.clearMarkers();
        assertThat(map.getMarkers()).isEmpty();
    }
}
