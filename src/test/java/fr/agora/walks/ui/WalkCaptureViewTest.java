package fr.agora.walks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.notification.Notification;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapClickEvent;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.domain.Assessment;
import fr.agora.walks.domain.ModerationStatus;
import fr.agora.walks.domain.PhotoStatus;
import fr.agora.support.As;
import fr.agora.walks.service.ObservationData;
import fr.agora.walks.service.ObservationService;
import fr.agora.walks.service.TestImages;
import fr.agora.walks.service.WalkFixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The phone capture form without a browser: pin by tapping, fields, photo, refusals, and the local draft. */
@AgoraSpringTest
class WalkCaptureViewTest extends SpringBrowserlessTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    ObservationService observations;

    long walk;

    @BeforeEach
    void walk() {
        fx.accounts();
        walk = fx.walk("Saisie mobile");
    }

    WalkCaptureView open() {
        return navigate("marches/" + walk + "/saisie", WalkCaptureView.class);
    }

    static void tap(LeafletMap map, GeoPoint p) {
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, p));
    }

    List<ObservationData> stored() {
        return As.user(WalkFixtures.STAFF, () -> observations.allOfWalk(walk), Role.Names.STAFF);
    }

    void fill(WalkCaptureView view, String text) {
        test(view.criterion).selectItem(view.context.criteria().get(1).symbol() + " — " + view.context.criteria().get(1).labelFr());
        view.assessment.setValue(Assessment.WEAKNESS);
        view.severity.setValue(3);
        test(view.text).setValue(text);
    }

    @Test
    @WithMockUser(username = WalkFixtures.PARTICIPANT, roles = "RESIDENT")
    void a_participant_taps_the_map_fills_the_form_attaches_a_photo_and_sends() {
        WalkCaptureView view = open();
        tap(view.position.getMap(), WalkFixtures.ETOUVIE);
        assertThat(view.position.getValue()).isEqualTo(WalkFixtures.ETOUVIE);
        assertThat(view.positionStatus.getText()).contains("carte").doesNotContain("49.905"); // residents see no coordinates
        fill(view, "<b>Lampadaire</b> éteint devant l'école");
        view.attachPhoto(TestImages.jpegWithGps(40, 30, 1));
        assertThat(view.photoStatus.getText()).contains("1 photo");
        String ref = view.clientRef;
        test(view.submit).click();

        assertThat(stored()).singleElement().satisfies(o -> {
            assertThat(o.text()).isEqualTo("<b>Lampadaire</b> éteint devant l'école");
            assertThat(o.severity()).isEqualTo(3);
            assertThat(o.status()).isEqualTo(ModerationStatus.PENDING);
            assertThat(o.photos()).extracting(p -> p.status()).containsExactly(PhotoStatus.PENDING);
        });
        // the form is ready for the next pin, with a new draft reference
        assertThat(view.clientRef).isNotEqualTo(ref);
        assertThat(view.text.getValue()).isEmpty();
        assertThat(view.position.getValue()).isNull();
        assertThat(view.myPins.getElement().getTextRecursively()).contains("Lampadaire").contains("En attente de relecture");
        assertThat(view.position.getMap().getMarkers()).anySatisfy(m -> assertThat(m.symbol()).isEqualTo("V"));
    }

    @Test
    @WithMockUser(username = WalkFixtures.PARTICIPANT, roles = "RESIDENT")
    void a_tap_outside_the_city_is_refused_with_a_french_message() {
        WalkCaptureView view = open();
        tap(view.position.getMap(), new GeoPoint(48.8566, 2.3522));
        assertThat(view.positionStatus.getText()).contains("en dehors du territoire d'Amiens");
        fill(view, "Ailleurs");
        test(view.submit).click();
        assertThat(stored()).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).contains("en dehors du territoire");
    }

    @Test
    @WithMockUser(username = WalkFixtures.PARTICIPANT, roles = "RESIDENT")
    void a_draft_survives_a_reload_and_is_sent_once() {
        WalkCaptureView first = open();
        tap(first.position.getMap(), WalkFixtures.ETOUVIE);
        fill(first, "Haie trop haute : on ne voit pas l'arrêt de bus");
        String draft = first.draftJson();
        assertThat(draft).contains(first.clientRef).contains("VISIBILITE").contains("49.905");

        // the network dropped and the page was reloaded: the browser hands the draft back
        WalkCaptureView second = open();
        second.offerDraft(draft);
        assertThat(second.draftBanner.isVisible()).isTrue();
        second.restoreDraft(draft);
        assertThat(second.clientRef).isEqualTo(first.clientRef);
        assertThat(second.text.getValue()).isEqualTo("Haie trop haute : on ne voit pas l'arrêt de bus");
        assertThat(second.criterion.getValue().code()).isEqualTo("VISIBILITE");
        assertThat(second.position.getValue()).isEqualTo(WalkFixtures.ETOUVIE);
        test(second.submit).click();

        // the first tab's request had reached the server after all: sending it too stores nothing more
        test(first.submit).click();
        assertThat(stored()).hasSize(1);
    }

    @Test
    @WithMockUser(username = WalkFixtures.PARTICIPANT, roles = "RESIDENT")
    void a_hostile_draft_is_read_as_data() {
        WalkCaptureView view = open();
        String hostile = "{\"ref\":\"<script>\",\"text\":\"<img src=x onerror=alert(1)>\",\"lat\":999,\"lon\":2.2,"
                + "\"criterion\":\"DROP TABLE\",\"assessment\":\"EVIL\",\"severity\":9,\"savedAt\":\"hier\"}";
        view.restoreDraft(hostile);
        assertThat(view.text.getValue()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(view.position.getValue()).isNull();
        assertThat(view.criterion.getValue()).isNull();
        assertThat(view.assessment.getValue()).isNull();
        assertThat(view.clientRef).doesNotContain("<");
        assertThat(view.parseDraft("pas du json")).isNull();
        view.offerDraft("{\"text\":\"\"}");
        assertThat(view.draftBanner.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = WalkFixtures.OTHER_RESIDENT, roles = "RESIDENT")
    void someone_not_enrolled_gets_an_explanation_and_no_form() {
        WalkCaptureView view = open();
        assertThat(view.getElement().getTextRecursively()).contains("pas inscrit");
        assertThat(view.position).isNull();
    }
}
