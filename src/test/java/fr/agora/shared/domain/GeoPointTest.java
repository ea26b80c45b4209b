package fr.agora.shared.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void refuses_impossible_coordinates() {
        assertThatThrownBy(() -> new GeoPoint(91, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(49, -181)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
