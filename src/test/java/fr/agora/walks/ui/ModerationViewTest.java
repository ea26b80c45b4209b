package fr.agora.walks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.domain.ModerationStatus;
import fr.agora.walks.domain.PhotoStatus;
import fr.agora.support.As;
import fr.agora.walks.service.ObservationData;
import fr.agora.walks.service.ObservationService;
import fr.agora.walks.service.TestImages;
import fr.agora.walks.service.WalkFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The moderation view without a browser: the queue, marking a pin internal, publishing a photo. */
@AgoraSpringTest
class ModerationViewTest extends SpringBrowserlessTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    ObservationService observations;

    long walk;
    ObservationData pin;

    @BeforeEach
    void pendingPin() {
        fx.accounts();
        walk = fx.walk("Modération vue");
        fx.publishWalk(walk);
        pin = fx.capture(walk, "<script>alert('x')</script> Porte du local poubelles forcée");
        As.user(WalkFixtures.PARTICIPANT, () -> observations.addPhoto(pin.id(), TestImages.jpegWithGps(20, 20, 1)),
                Role.Names.RESIDENT);
    }

    ObservationData current() {
        return As.user(WalkFixtures.STAFF, () -> observations.allOfWalk(walk), Role.Names.STAFF).getFirst();
    }

    @Test
    @WithMockUser(username = WalkFixtures.MODERATOR, roles = "MODERATOR")
    void a_moderator_publishes_a_pin_as_internal_and_its_photo() {
        ModerationView view = navigate(ModerationView.class);
        assertThat(view.shown).extracting(ObservationData::id).contains(pin.id());
        // the hostile text is shown as text, not markup
        assertThat(view.queue.getElement().getTextRecursively()).contains("<script>alert('x')</script>");
        assertThat(view.map.getMarkers()).isNotEmpty();

        test($(Checkbox.class).id("moderation-internal-" + pin.id())).click();
        test($(Button.class).id("moderation-publish-" + pin.id())).click();
        assertThat(current().status()).isEqualTo(ModerationStatus.PUBLISHED);
        assertThat(current().internal()).isTrue();
        assertThat(current().textHidden()).isFalse();

        // the pin stays in the queue while its photo awaits review
        assertThat(view.shown).extracting(ObservationData::id).contains(pin.id());
        long photoId = current().photos().getFirst().id();
        test($(Button.class).id("moderation-photo-publish-" + photoId)).click();
        assertThat(current().photos().getFirst().status()).isEqualTo(PhotoStatus.PUBLISHED);
        assertThat(view.shown).extracting(ObservationData::id).doesNotContain(pin.id());
    }

    @Test
    @WithMockUser(username = WalkFixtures.MODERATOR, roles = "MODERATOR")
    void a_moderator_hides_the_text_or_rejects() {
        ModerationView view = navigate(ModerationView.class);
        test($(Checkbox.class).id("moderation-hide-" + pin.id())).click();
        test($(Button.class).id("moderation-publish-" + pin.id())).click();
        assertThat(current().textHidden()).isTrue();
        ObservationData other = fx.capture(walk, "Hors sujet");
        view.refresh();
        test($(Button.class).id("moderation-reject-" + other.id())).click();
        assertThat(As.user(WalkFixtures.STAFF, () -> observations.allOfWalk(walk), Role.Names.STAFF))
                .filteredOn(o -> o.id() == other.id()).extracting(ObservationData::status).containsExactly(ModerationStatus.REJECTED);
    }

    @Test
    @WithMockUser(username = WalkFixtures.PARTICIPANT, roles = "RESIDENT")
    void residents_cannot_open_the_moderation_view() {
        try {
            navigate(ModerationView.class);
        } catch (RuntimeException expected) {
            // refused navigation
        }
        assertThat(getCurrentView()).isNotInstanceOf(ModerationView.class);
    }
}
