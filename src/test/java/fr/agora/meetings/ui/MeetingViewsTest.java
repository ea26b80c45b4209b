package fr.agora.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import fr.agora.meetings.service.MeetingDetail;
import fr.agora.meetings.service.MeetingFixtures;
import fr.agora.meetings.service.MeetingService;
import fr.agora.meetings.service.Paris;
import fr.agora.meetings.service.Quorum;
import fr.agora.meetings.service.SessionService;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The meetings' views without a browser: calendar filter, planning form, session check-in, compliance. */
@AgoraSpringTest
class MeetingViewsTest extends SpringBrowserlessTest {

    @Autowired
    MeetingFixtures fx;
    @Autowired
    MeetingService meetings;
    @Autowired
    SessionService sessions;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    LocalDate inDays(int n) {
        return Paris.date(clock.instant()).plusDays(n);
    }

    @Test
    void the_public_calendar_filters_by_body() {
        var a = fx.council(1);
        var b = fx.council(1);
        MeetingDetail ma = fx.plan(a.key(), inDays(4), "Point A");
        MeetingDetail mb = fx.plan(b.key(), inDays(4), "Point B");
        CalendarView view = navigate(CalendarView.class);
        assertThat(view.shown).extracting(s -> s.id()).contains(ma.summary().id(), mb.summary().id());
        view.body.setValue(view.body.getListDataView().getItems().filter(x -> x.key().equals(a.key())).findFirst().orElseThrow());
        assertThat(view.shown).extracting(s -> s.id()).contains(ma.summary().id()).doesNotContain(mb.summary().id());
        assertThat(view.feed.getHref()).isEqualTo("/ical/reunions.ics?instance=" + a.key().replace(":", "%3A"));
    }

    @Test
    @WithMockUser(username = MeetingFixtures.STAFF, roles = "STAFF")
    void staff_plan_a_meeting_and_every_missing_field_is_shown_at_once() {
        var council = fx.council(1);
        PlanningView view = navigate(PlanningView.class);
        view.body.setValue(view.body.getListDataView().getItems().filter(x -> x.key().equals(council.key())).findFirst().orElseThrow());
        view.title.clear();
        view.date.clear();
        test(view.plan).click();
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.date.isInvalid()).isTrue();
        view.title.setValue("Réunion plénière d'automne");
        view.date.setValue(inDays(9));
        view.place.setValue("Salle Dewailly");
        view.agenda.setValue("Accueil\nProjet de jardin : présentation par l'association");
        test(view.plan).click();
        assertThat(view.shown).anyMatch(m -> m.title().equals("Réunion plénière d'automne") && m.place().equals("Salle Dewailly"));
    }

    @Test
    @WithMockUser(username = MeetingFixtures.STAFF, roles = "STAFF")
    void staff_check_members_in_from_the_session_page_and_see_the_quorum() {
        var council = fx.council(1);
        MeetingDetail m = fx.plan(council.key(), inDays(1), "Point");
        clock.advance(Duration.between(clock.instant(), m.summary().startsAt()).plusMinutes(1));
        SessionPage page = navigate(SessionPage.class, Map.of("meetingId", String.valueOf(m.summary().id())));
        assertThat(page.quorum.getText()).contains("non atteint");
        String key = page.view.members().getFirst().key();
        test($(Button.class).id("check-in-" + key)).click();
        assertThat(page.quorum.getText()).startsWith("Quorum atteint");
        Quorum q = As.user(MeetingFixtures.STAFF, () -> sessions.quorum(m.summary().id()), Role.Names.STAFF);
        assertThat(q.votingPresent()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = MeetingFixtures.STAFF, roles = "STAFF")
    void the_compliance_dashboard_flags_a_council_without_meetings() {
        var council = fx.council(1);
        ComplianceView view = navigate(ComplianceView.class);
        assertThat(view.report.flaggedCouncils()).anyMatch(c -> c.councilId() == council.id());
        assertThat($(com.vaadin.flow.component.html.Div.class).id("compliance-flag-council-" + council.id())).isNotNull();
    }

    @Test
    @WithMockUser(username = MeetingFixtures.RESIDENT, roles = "RESIDENT")
    void a_resident_sends_a_contribution_from_the_meeting_page() {
        var council = fx.council(1);
        MeetingDetail m = As.user(MeetingFixtures.STAFF, () -> meetings.plan(new fr.agora.meetings.service.MeetingForm(
                council.key(), "Ouverte aux contributions", inDays(6), LocalTime.of(18, 0), LocalTime.of(19, 0), "Salle",
                null, true, inDays(3).atTime(12, 0), java.util.List.of())), Role.Names.STAFF);
        MeetingView view = navigate(MeetingView.class, Map.of("meetingId", String.valueOf(m.summary().id())));
        test(view.contribute).click();
        assertThat(view.contributionTitle.isInvalid()).isTrue();
        assertThat(view.contributionBody.isInvalid()).isTrue();
        test($(TextField.class).id("contribution-title")).setValue("Stationnement");
        view.contributionBody.setValue("Les places livraison sont occupées le soir.");
        test(view.contribute).click();
        assertThat(view.contributionTitle.getValue()).isEmpty();
    }
}
