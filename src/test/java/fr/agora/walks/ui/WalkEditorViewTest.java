package fr.agora.walks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.map.MapClickEvent;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.domain.WalkState;
import fr.agora.support.As;
import fr.agora.walks.service.WalkDetail;
import fr.agora.walks.service.WalkFixtures;
import fr.agora.walks.service.WalkService;
import fr.agora.walks.service.WalkSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Staff create a walk, see the group warnings, draw the route by tapping, enrol a participant, move a step. */
@AgoraSpringTest
class WalkEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    WalkService walks;

    @BeforeEach
    void accounts() {
        fx.accounts();
    }

    @Test
    @WithMockUser(username = WalkFixtures.STAFF, roles = {"RESIDENT", "STAFF"})
    void staff_create_and_run_a_walk() {
        WalkEditorView view = navigate("marches/gestion/nouvelle", WalkEditorView.class);
        test(view.title).setValue("Marche vue éditeur");
        view.territory.setValue(view.territory.getListDataView().getItems().filter(t -> t.code().equals("QPV-ETOUVIE"))
                .findFirst().orElseThrow());
        test(view.organiser).setValue("France médiation");
        view.bands[2].setValue(11);
        assertThat(view.groupWarnings.getElement().getTextRecursively()).contains("dépasse dix personnes")
                .contains("Une seule génération");
        view.bands[2].setValue(4);
        view.bands[4].setValue(3);
        assertThat(view.groupWarnings.getElement().getTextRecursively()).doesNotContain("dépasse").doesNotContain("seule génération");
        view.partnerName.setValue(WalkFixtures.PARTNER_ORG);
        test($(Button.class).id("walk-partner-add")).click();
        test(view.save).click();

        WalkSummary created = walks.all().stream().filter(w -> w.title().equals("Marche vue éditeur")).findFirst().orElseThrow();
        WalkEditorView editor = navigate("marches/gestion/" + created.id(), WalkEditorView.class);
        assertThat(editor.partners).extracting(p -> p.name()).containsExactly(WalkFixtures.PARTNER_ORG);
        for (GeoPoint p : new GeoPoint[] {new GeoPoint(49.905, 2.244), new GeoPoint(49.906, 2.246), new GeoPoint(49.907, 2.247)}) {
            ComponentUtil.fireEvent(editor.routeMap, new MapClickEvent(editor.routeMap, true, p));
        }
        ComponentUtil.fireEvent(editor.routeMap, new MapClickEvent(editor.routeMap, true, new GeoPoint(48.85, 2.35)));
        assertThat(editor.route).hasSize(3);
        test($(Button.class).id("walk-route-save")).click();
        test(editor.participantEmail).setValue(WalkFixtures.PARTICIPANT);
        test($(Button.class).id("walk-participant-add")).click();
        test($(Button.class).id("walk-state-next")).click();
        test(editor.publish).click();

        WalkDetail saved = walks.get(created.id());
        assertThat(saved.route()).hasSize(3);
        assertThat(saved.participants()).extracting(p -> p.email()).containsExactly(WalkFixtures.PARTICIPANT);
        assertThat(saved.state()).isEqualTo(WalkState.REFLEXION);
        assertThat(saved.published()).isTrue();
        assertThat(saved.form().group().total()).isEqualTo(7);
        // a skip is impossible from the view: only the next and previous steps are offered
        assertThat($(Button.class).id("walk-state-next").getText()).contains("Présentation publique");
        assertThat(As.user(WalkFixtures.STAFF, () -> walks.get(created.id()).state(), Role.Names.STAFF)).isEqualTo(WalkState.REFLEXION);
    }
}
