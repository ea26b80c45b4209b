package fr.agora.shared.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.GeoPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's pins, clustering and geolocation answers, on the server side. */
class LeafletMapPinsTest {

    @Test
    void pins_keep_their_symbol_and_shape_and_plain_markers_stay_plain() {
        LeafletMap map = new LeafletMap("https://tile.example/{z}/{x}/{y}.png", "", new GeoPoint(49.9, 2.3), 13);
        map.addPin(new GeoPoint(49.9, 2.3), "V — Visibilité", "#a34700", "V", LeafletMap.PinShape.DIAMOND);
        map.addMarker(new GeoPoint(49.91, 2.31), "Départ");
        assertThat(map.getMarkers()).extracting(LeafletMap.Marker::symbol).containsExactly("V", null);
        assertThat(map.getMarkers().getFirst().shape()).isEqualTo(LeafletMap.PinShape.DIAMOND);
        map.setClustering(true);
        assertThat(map.isClustering()).isTrue();
        map.fitTo(List.of());
        map.fitTo(List.of(new GeoPoint(49.9, 2.3), new GeoPoint(49.91, 2.31)));
    }

    @Test
    void a_geolocation_answer_is_checked_like_any_client_data() {
        assertThat(LeafletMap.parsePosition("49.905,2.245")).isEqualTo(new GeoPoint(49.905, 2.245));
        assertThat(LeafletMap.parsePosition("denied")).isNull();
        assertThat(LeafletMap.parsePosition("999,2")).isNull();
        assertThat(LeafletMap.parsePosition("NaN,Infinity")).isNull();
        assertThat(LeafletMap.parsePosition(null)).isNull();
    }
}
