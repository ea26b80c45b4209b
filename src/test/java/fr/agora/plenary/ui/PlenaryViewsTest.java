package fr.agora.plenary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import fr.agora.plenary.domain.MotionKind;
import fr.agora.plenary.service.LiveSessionService;
import fr.agora.plenary.service.MotionData;
import fr.agora.plenary.service.PlenaryData;
import fr.agora.plenary.service.PlenaryFixtures;
import fr.agora.plenary.service.PlenaryService;
import fr.agora.plenary.domain.Representation;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.voting.Majority;
import fr.agora.voting.MotionChoice;
import fr.agora.voting.Secrecy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The plenary's views without a browser: a representative votes from the session page and a second device shows
 * the vote counted; the projector never names the voters of a secret motion; staff see which conseil is incomplete;
 * the avis list shows the days overdue and an answer form to elected officials only.
 */
@AgoraSpringTest
class PlenaryViewsTest extends SpringBrowserlessTest {

    @Autowired
    PlenaryFixtures fx;
    @Autowired
    PlenaryService plenaries;
    @Autowired
    LiveSessionService live;

    String text() {
        return UI.getCurrent().getElement().getTextRecursively();
    }

    MotionData openMotion(PlenaryData p, Secrecy secrecy) {
        return As.user(PlenaryFixtures.STAFF, () -> {
            MotionData m = live.draftMotion(p.id(), MotionKind.AVIS, "Avis sur les jardins partagés", "Texte", secrecy,
                    Majority.SIMPLE);
            return live.openMotion(m.id(), null);
        }, Role.Names.STAFF);
    }

    @Test
    void a_representative_votes_from_the_session_page_and_another_device_shows_the_vote_counted() {
        var c = fx.council(3);
        PlenaryData p = fx.inSession(false, c);
        fx.checkInAll(p.id(), c);
        MotionData m = openMotion(p, Secrecy.SECRET);
        String rep = c.habitants().getFirst();
        As.user(rep, () -> {
            SeanceView phone = navigate(SeanceView.class, Map.of("plenaryId", String.valueOf(p.id())));
            assertThat(phone.ballot.isVisible()).isTrue();
            test(phone.pour).click();
            assertThat(phone.ballot.isVisible()).isFalse();
            assertThat(phone.done.isVisible()).isTrue();
            assertThat(phone.last.motion().pour()).isEqualTo(1);
            // the same person on another device: counted once, no ballot offered
            SeanceView other = navigate(SeanceView.class, Map.of("plenaryId", String.valueOf(p.id())));
            assertThat(other.ballot.isVisible()).isFalse();
            assertThat(other.done.isVisible()).isTrue();
            return null;
        }, Role.Names.COUNCIL_MEMBER);
        assertThat(live.state(p.id()).motion().ballots()).isEqualTo(1);
        assertThat(m.id()).isPositive();
    }

    @Test
    void a_person_not_checked_in_sees_the_check_in_button_and_no_ballot() {
        var c = fx.council(3);
        PlenaryData p = fx.inSession(false, c);
        fx.checkInAll(p.id(), c);
        openMotion(p, Secrecy.OPEN);
        fx.account(PlenaryFixtures.RESIDENT, Role.RESIDENT);
        As.user(PlenaryFixtures.RESIDENT, () -> {
            SeanceView phone = navigate(SeanceView.class, Map.of("plenaryId", String.valueOf(p.id())));
            assertThat(phone.ballot.isVisible()).isFalse();
            assertThat(phone.checkIn.isVisible()).isFalse();
            assertThat(phone.who.getText()).contains("pas sur la liste");
            return null;
        }, Role.Names.RESIDENT);
    }

    @Test
    void the_projector_shows_counts_and_never_the_voters_of_a_secret_motion() {
        var c = fx.council(3);
        PlenaryData p = fx.inSession(false, c);
        fx.checkInAll(p.id(), c);
        MotionData m = openMotion(p, Secrecy.SECRET);
        for (String e : c.invited().subList(0, 4)) {
            As.user(e, () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER);
        }
        As.user(PlenaryFixtures.STAFF, () -> live.closeMotion(m.id()), Role.Names.STAFF);
        ProjectorView projector = navigate(ProjectorView.class, Map.of("plenaryId", String.valueOf(p.id())));
        assertThat(projector.content.getElement().getTextRecursively()).contains("4").contains("Motion adoptée");
        assertThat(projector.getElement().getTextRecursively()).doesNotContain("Habitant 1").doesNotContain("Associatif");
    }

    @Test
    @WithMockUser(username = PlenaryFixtures.STAFF, roles = "STAFF")
    void staff_see_which_conseil_is_incomplete_and_cannot_finalise_the_list() {
        var a = fx.council(3);
        var b = fx.council(3);
        PlenaryData p = fx.plan(false, a.id(), b.id());
        fx.designateByVote(p.id(), a, Representation.HABITANTS);
        fx.designateByVote(p.id(), a, Representation.ASSOCIATIONS);
        fx.designateByVote(p.id(), b, Representation.HABITANTS);
        UI.getCurrent().navigate("pleniere/gestion", com.vaadin.flow.router.QueryParameters.of("id", String.valueOf(p.id())));
        PlenaryManageView view = $(PlenaryManageView.class).single();
        assertThat(view.getElement().getTextRecursively()).contains(b.name()).contains("à compléter").contains("0 / 3");
        assertThat(view.plenary.id()).isEqualTo(p.id());
        test($(com.vaadin.flow.component.button.Button.class).id("invitations-finalise")).click();
        assertThat(As.user(PlenaryFixtures.STAFF, () -> plenaries.invitations(p.id()), Role.Names.STAFF).finalised()).isFalse();
    }

    @Test
    void the_avis_list_shows_the_days_overdue_and_an_answer_form_to_elected_officials_only() {
        var c = fx.council(3);
        PlenaryData p = fx.inSession(false, c);
        fx.checkInAll(p.id(), c);
        MotionData m = openMotion(p, Secrecy.OPEN);
        for (String e : c.invited().subList(0, 4)) {
            As.user(e, () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER);
        }
        As.user(PlenaryFixtures.STAFF, () -> live.closeMotion(m.id()), Role.Names.STAFF);
        fx.account(PlenaryFixtures.ELECTED, Role.ELECTED);
        As.user(PlenaryFixtures.ELECTED, () -> {
            AvisListView list = navigate(AvisListView.class);
            assertThat(list.getElement().getTextRecursively()).contains("Avis sur les jardins partagés")
                    .contains("Réponse attendue");
            assertThat($(com.vaadin.flow.component.textfield.TextArea.class).all()).isNotEmpty();
            return null;
        }, Role.Names.ELECTED);
        As.user(PlenaryFixtures.STAFF, () -> {
            navigate(AvisListView.class);
            assertThat($(com.vaadin.flow.component.textfield.TextArea.class).all()).isEmpty();
            return null;
        }, Role.Names.STAFF);
    }
}
