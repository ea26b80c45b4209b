package fr.agora.shared.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.BusinessException;
import org.junit.jupiter.api.Test;

class GeoJsonValidatorTest {

    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[2.29,49.89],[2.30,49.89],[2.30,49.90],[2.29,49.90],[2.29,49.89]]]}";

    @Test
    void accepts_a_polygon_and_a_feature_wrapping_one() {
        assertThat(GeoJsonValidator.validatePolygon(SQUARE)).contains("\"Polygon\"");
        String feature = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + SQUARE + "}";
        assertThat(GeoJsonValidator.validatePolygon(feature)).startsWith("{\"type\":\"Polygon\"");
    }

    @Test
    void refuses_bad_input_with_a_precise_reason() {
        assertReason("not json", "geojson.invalid-json");
        assertReason("{\"type\":\"Point\",\"coordinates\":[2.3,49.9]}", "geojson.not-polygon");
        assertReason("{\"type\":\"Polygon\",\"coordinates\":[[[2.29,49.89],[2.30,49.89],[2.29,49.89]]]}", "geojson.ring-too-short");
        assertReason("{\"type\":\"Polygon\",\"coordinates\":[[[2.29,49.89],[2.30,49.89],[2.30,49.90],[2.29,49.91]]]}", "geojson.ring-not-closed");
        assertReason("{\"type\":\"Polygon\",\"coordinates\":[[[2.29,99],[2.30,49.89],[2.30,49.90],[2.29,99]]]}", "geojson.bad-position");
        assertReason("{\"type\":\"Polygon\",\"coordinates\":[[[\"<script>\",49.89],[2.30,49.89],[2.30,49.90],[\"<script>\",49.89]]]}", "geojson.bad-position");
    }

    private static void assertReason(String json, String key) {
        assertThatThrownBy(() -> GeoJsonValidator.validatePolygon(json))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
