package fr.agora.shared.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.support.AgoraSpringTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@AgoraSpringTest
class TerritoryServiceTest {

    @Autowired
    TerritoryService territories;

    TerritoryData qpv(String name) {
        return territories.current(TerritoryKind.QPV).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "admin@test", roles = "ADMIN")
    void admin_attaches_a_qpv_to_a_secteur_and_sets_its_outline() {
        TerritoryData nord = territories.current(TerritoryKind.SECTEUR).stream().filter(t -> t.code().equals("SECT-NORD")).findFirst().orElseThrow();
        TerritoryData q = qpv("Amiens Nord");
        TerritoryData saved = territories.save(new TerritoryData(q.id(), q.code(), q.kind(), q.name(), nord.id(), null,
                q.population(), q.populationYear(), q.validFrom(), q.validTo(), new GeoPoint(49.92, 2.29), null, q.source(), false));
        assertThat(saved.parentName()).isEqualTo("Secteur Nord");
        TerritoryData outlined = territories.setPolygon(q.id(), GeoJsonValidatorTest.SQUARE);
        assertThat(outlined.polygonGeoJson()).contains("Polygon");
        assertThatThrownBy(() -> territories.setPolygon(q.id(), "{\"type\":\"Point\"}")).hasMessageContaining("geojson.not-polygon");
    }

    @Test
    @WithMockUser(username = "admin@test", roles = "ADMIN")
    void invalid_territories_are_refused() {
        assertThatThrownBy(() -> territories.save(new TerritoryData(null, "bad code!", TerritoryKind.COMITE, "X", null, null,
                null, null, LocalDate.now(), null, null, null, null, false))).hasMessageContaining("territory.code-invalid");
        assertThatThrownBy(() -> territories.save(new TerritoryData(null, "CQ-TEST-DATES", TerritoryKind.COMITE, "X", null, null,
                null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1), null, null, null, false)))
                .hasMessageContaining("territory.invalid");
        assertThatThrownBy(() -> territories.save(new TerritoryData(null, "CQ-TEST-POP", TerritoryKind.COMITE, "X", null, null,
                -5, 2025, LocalDate.of(2026, 1, 1), null, null, null, null, false))).hasMessageContaining("territory.invalid");
    }

    @Test
    @WithMockUser(username = "habitant@test", roles = "RESIDENT")
    void residents_read_but_cannot_edit() {
        assertThat(territories.current(TerritoryKind.QPV)).hasSize(7);
        TerritoryData q = qpv("Etouvie");
        assertThatThrownBy(() -> territories.save(q)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> territories.setPolygon(q.id(), null)).isInstanceOf(AccessDeniedException.class);
    }
}
