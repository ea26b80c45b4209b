package fr.agora.meetings.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.meetings.domain.MeetingRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Planning and convocation on MariaDB: the rules, the mails with their .ics, the officer's limits. */
@AgoraSpringTest
class MeetingPlanningTest {

    @Autowired
    MeetingFixtures fx;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingRepository rows;
    @Autowired
    Bodies bodies;
    @Autowired
    GreenMail greenMail;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    LocalDate inDays(int days) {
        return Paris.date(clock.instant()).plusDays(days);
    }

    @Test
    void a_meeting_in_the_past_is_refused_and_nothing_is_saved() {
        var council = fx.council(1);
        long before = rows.count();
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> meetings.plan(
                MeetingFixtures.form(council.key(), "Trop tard", inDays(-1), "Point")), Role.Names.STAFF))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("meetings.error.in-past");
        assertThat(rows.count()).isEqualTo(before);
    }

    @Test
    void a_meeting_ending_before_it_starts_or_with_a_deadline_after_it_is_refused() {
        var council = fx.council(1);
        MeetingForm backwards = new MeetingForm(council.key(), "À l'envers", inDays(3), LocalTime.of(20, 0),
                LocalTime.of(19, 0), "Salle", null, true, null, List.of());
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> meetings.plan(backwards), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("meetings.error.end");
        MeetingForm lateDeadline = new MeetingForm(council.key(), "Date limite", inDays(3), LocalTime.of(18, 0),
                LocalTime.of(19, 0), "Salle", null, true, inDays(4).atTime(12, 0), List.of());
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> meetings.plan(lateDeadline), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("meetings.error.deadline");
        MeetingForm badLink = new MeetingForm(council.key(), "Lien", inDays(3), LocalTime.of(18, 0),
                LocalTime.of(19, 0), "Salle", "javascript:alert(1)", true, null, List.of());
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> meetings.plan(badLink), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("meetings.error.remote-link");
    }

    @Test
    void the_place_defaults_to_the_bodys_premises() {
        var council = fx.council(1);
        MeetingForm noPlace = new MeetingForm(council.key(), "Sans lieu", inDays(5), LocalTime.of(18, 0),
                LocalTime.of(19, 0), " ", null, true, null, List.of());
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> meetings.plan(noPlace), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("meetings.error.place-required");
        As.user(MeetingFixtures.STAFF, () -> bodies.configure(council.key(), "Centre social Alco, 1 rue du Parc", 50, true),
                Role.Names.STAFF);
        MeetingDetail m = As.user(MeetingFixtures.STAFF, () -> meetings.plan(noPlace), Role.Names.STAFF);
        assertThat(m.summary().place()).isEqualTo("Centre social Alco, 1 rue du Parc");
    }

    @Test
    void convocation_mails_every_titulaire_and_suppleant_with_an_ics_in_paris_time() throws Exception {
        var council = fx.council(2);
        // a summer date and a winter date: both must read 18:30 in Paris in the attachment
        for (LocalDate day : List.of(nextMonthDay(7, 14), nextMonthDay(1, 20))) {
            MeetingDetail m = fx.plan(council.key(), day, "Budget du conseil", "Questions diverses : tour de table");
            int sent = As.user(MeetingFixtures.STAFF, () -> meetings.convoke(m.summary().id()), Role.Names.STAFF);
            assertThat(sent).isEqualTo(4);
            for (String to : List.of(council.titulaires().get(0), council.suppleants().get(1))) {
                MimeMessage mail = lastTo(to, m.summary().title());
                String ics = attachment(mail);
                Calendar cal = new CalendarBuilder().build(new StringReader(ics));
                VEvent event = (VEvent) cal.getComponents("VEVENT").getFirst();
                ZonedDateTime start = ZonedDateTime.from(event.getStartDate().orElseThrow().getDate());
                assertThat(event.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue())
                        .isEqualTo("Europe/Paris");
                assertThat(start.toLocalDateTime()).isEqualTo(day.atTime(18, 30));
                assertThat(start.toInstant()).isEqualTo(m.summary().startsAt());
                assertThat(start.getOffset().getTotalSeconds()).isEqualTo(day.getMonthValue() == 7 ? 7200 : 3600);
                assertThat(event.getProperty("UID").orElseThrow().getValue()).endsWith("@agora");
                assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Budget du conseil");
                assertThat(cal.getComponents("VTIMEZONE")).hasSize(1);
            }
        }
    }

    @Test
    void an_officer_plans_for_their_own_comite_only() {
        String officer = MeetingFixtures.unique("officier") + "@test.fr";
        long own = fx.comite(officer);
        long other = fx.comite(null);
        MeetingDetail ok = As.user(officer, () -> meetings.plan(MeetingFixtures.form("COMITE:" + own, "AG du comité",
                inDays(10), "Rapport moral")), Role.Names.COMMITTEE_OFFICER);
        assertThat(ok.canManage()).isTrue();
        assertThatThrownBy(() -> As.user(officer, () -> meetings.plan(MeetingFixtures.form("COMITE:" + other,
                "Pas chez moi", inDays(10))), Role.Names.COMMITTEE_OFFICER))
                .extracting("messageKey").isEqualTo("meetings.error.not-your-body");
        // and cannot edit the other comité's meeting planned by staff
        MeetingDetail theirs = fx.plan("COMITE:" + other, inDays(12), "Point");
        assertThatThrownBy(() -> As.user(officer, () -> meetings.update(theirs.summary().id(),
                MeetingFixtures.form("COMITE:" + other, "Modifié", inDays(13))), Role.Names.COMMITTEE_OFFICER))
                .extracting("messageKey").isEqualTo("meetings.error.not-your-body");
        assertThat(As.user(MeetingFixtures.STAFF, () -> meetings.get(theirs.summary().id()), Role.Names.STAFF)
                .summary().title()).isEqualTo(theirs.summary().title());
    }

    @Test
    void members_only_meetings_are_hidden_from_the_public_calendar_and_page() {
        var council = fx.council(1);
        MeetingDetail m = As.user(MeetingFixtures.STAFF, () -> meetings.plan(new MeetingForm(council.key(), "Huis clos",
                inDays(6), LocalTime.of(18, 0), LocalTime.of(19, 0), "Salle", null, false, null, List.of())),
                Role.Names.STAFF);
        MeetingDetail open = fx.plan(council.key(), inDays(6), "Ouvert");
        List<Long> calendar = As.anonymous(() -> meetings.publicCalendar(null, council.key())).stream()
                .map(MeetingSummary::id).toList();
        assertThat(calendar).contains(open.summary().id()).doesNotContain(m.summary().id());
        assertThatThrownBy(() -> As.anonymous(() -> meetings.get(m.summary().id())))
                .extracting("messageKey").isEqualTo("meetings.error.members-only");
        assertThat(As.user(council.titulaires().getFirst(), () -> meetings.get(m.summary().id()),
                Role.Names.COUNCIL_MEMBER).memberKey()).isNotNull();
    }

    @Test
    void cancelling_a_convoked_meeting_tells_the_members() {
        var council = fx.council(1);
        MeetingDetail m = fx.plan(council.key(), inDays(8), "Point");
        As.user(MeetingFixtures.STAFF, () -> meetings.convoke(m.summary().id()), Role.Names.STAFF);
        As.user(MeetingFixtures.STAFF, () -> meetings.cancel(m.summary().id()), Role.Names.STAFF);
        MimeMessage mail = lastTo(council.titulaires().getFirst(), "annulée");
        assertThat(attachmentUnchecked(mail)).contains("STATUS:CANCELLED").contains("SEQUENCE:1");
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> meetings.convoke(m.summary().id()),
                Role.Names.STAFF)).extracting("messageKey").isEqualTo("meetings.error.not-planned");
    }

    private LocalDate nextMonthDay(int month, int day) {
        LocalDate today = Paris.date(clock.instant());
        LocalDate d = LocalDate.of(today.getYear(), month, day);
        return d.isAfter(today.plusDays(1)) ? d : d.plusYears(1);
    }

    private MimeMessage lastTo(String to, String subjectPart) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage found = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(subjectPart);
                } catch (Exception e) {
                    return false;
                }
            }).reduce((a, b) -> b).orElse(null);
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("Pas de courriel « " + subjectPart + " » pour " + to);
    }

    static String attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            if ("reunion.ics".equals(p.getFileName())) {
                assertThat(p.getContentType()).startsWith("text/calendar");
                return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("pas de pièce jointe reunion.ics");
    }

    private static String attachmentUnchecked(MimeMessage mail) {
        try {
            return attachment(mail);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
