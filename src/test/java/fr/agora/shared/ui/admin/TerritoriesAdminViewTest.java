package fr.agora.shared.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapClickEvent;
import fr.agora.support.AgoraSpringTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@AgoraSpringTest
class TerritoriesAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    TerritoryRepository territories;

    @Test
    @WithMockUser(username = "admin@test", roles = {"RESIDENT", "ADMIN"})
    void the_map_shows_the_seven_qpv_and_a_tap_places_the_centre() {
        TerritoriesAdminView view = navigate(TerritoriesAdminView.class);
        assertThat(view.map.getMarkers()).hasSize(7).extracting(LeafletMap.Marker::label)
                .anySatisfy(l -> assertThat(l).startsWith("Amiens Nord (14747"));
        assertThat(view.map.getTileUrl()).contains("openstreetmap");

        test(view.code).setValue("CQ-VUE-TEST");
        view.kind.setValue(TerritoryKind.COMITE);
        test(view.name).setValue("Comité de test");
        LeafletMap centreMap = view.centre.getMap();
        ComponentUtil.fireEvent(centreMap, new MapClickEvent(centreMap, true, new GeoPoint(49.9, 2.3)));
        assertThat(view.centre.getValue()).isEqualTo(new GeoPoint(49.9, 2.3));
        assertThat(centreMap.getMarkers()).hasSize(1);
        test(view.save).click();

        assertThat(territories.findFirstByCodeOrderByValidFromDesc("CQ-VUE-TEST")).get().satisfies(t -> {
            assertThat(t.getCentre()).isEqualTo(new GeoPoint(49.9, 2.3));
            // today in Paris, the zone every rule uses (LocalDate.now() in UTC failed between midnight in Paris and in UTC)
            assertThat(t.isValidOn(LocalDate.now(java.time.ZoneId.of("Europe/Paris")))).isTrue();
        });
    }
}
