package fr.agora.meetings.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The compliance dashboard's counts and the calendar feeds (public, private, revoked). */
@AgoraSpringTest
class ComplianceAndFeedTest {

    @Autowired
    MeetingFixtures fx;
    @Autowired
    ComplianceService compliance;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    MeetingService meetings;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Days left in the current year after {@code n} more days, so the test's meetings stay in this year. */
    private LocalDate thisYear(int n) {
        LocalDate today = Paris.date(clock.instant());
        LocalDate d = today.plusDays(n);
        if (d.getYear() != today.getYear()) {
            throw new org.opentest4j.TestAbortedException("too close to the end of the year");
        }
        return d;
    }

    @Test
    void a_council_with_four_meetings_is_flagged_and_with_five_it_is_not() {
        var council = fx.council(1);
        LocalDate today = Paris.date(clock.instant());
        clock.advance(java.time.Duration.between(clock.instant(),
                Paris.instant(LocalDate.of(today.getYear(), 1, 2).atTime(9, 0))));
        for (int i = 1; i <= 3; i++) {
            fx.plan(council.key(), thisYear(i * 7));
        }
        // a meeting of one collège counts for that collège only
        fx.plan("COLLEGE:" + council.id() + ":HABITANTS", thisYear(40));
        ComplianceReport report = As.user(MeetingFixtures.STAFF, () -> compliance.currentYear(), Role.Names.STAFF);
        var line = report.councils().stream().filter(c -> c.councilId() == council.id()).findFirst().orElseThrow();
        assertThat(line.joint()).isEqualTo(3);
        assertThat(line.habitants()).isEqualTo(1);
        assertThat(line.fewest()).isEqualTo(3);
        assertThat(report.flaggedCouncils()).extracting(ComplianceReport.CouncilLine::councilId).contains(council.id());
        fx.plan(council.key(), thisYear(50));
        fx.plan(council.key(), thisYear(60));
        report = As.user(MeetingFixtures.STAFF, () -> compliance.currentYear(), Role.Names.STAFF);
        assertThat(report.flaggedCouncils()).extracting(ComplianceReport.CouncilLine::councilId).doesNotContain(council.id());
        // cancelled meetings do not count
        long last = meetings.publicCalendar(null, council.key()).getLast().id();
        As.user(MeetingFixtures.STAFF, () -> meetings.cancel(last), Role.Names.STAFF);
        report = As.user(MeetingFixtures.STAFF, () -> compliance.currentYear(), Role.Names.STAFF);
        assertThat(report.flaggedCouncils()).extracting(ComplianceReport.CouncilLine::councilId).contains(council.id());
    }

    @Test
    void a_comite_without_a_visite_this_year_is_flagged() {
        long comite = fx.comite(null);
        ComplianceReport report = As.user(MeetingFixtures.STAFF, () -> compliance.currentYear(), Role.Names.STAFF);
        assertThat(report.flaggedComites()).extracting(ComplianceReport.ComiteLine::comiteId).contains(comite);
    }

    @Test
    void residents_do_not_see_the_dashboard() {
        assertThatThrownBy(() -> As.user(MeetingFixtures.RESIDENT, () -> compliance.currentYear(), Role.Names.RESIDENT))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_members_private_feed_lists_the_bodys_meetings_until_revoked() throws Exception {
        var council = fx.council(1);
        MeetingDetail open = fx.plan(council.key(), Paris.date(clock.instant()).plusDays(4), "Point");
        String member = council.titulaires().getFirst();
        FeedLink link = As.user(member, () -> feeds.create(council.key(), true), Role.Names.COUNCIL_MEMBER);
        String token = link.url().substring(link.url().lastIndexOf('/') + 1).replace(".ics", "");
        String ics = As.anonymous(() -> feeds.privateFeed(token)).orElseThrow();
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        assertThat(cal.getComponents("VEVENT")).hasSize(1);
        assertThat(ics).contains(open.summary().title());
        // a new link revokes the old one; revoking stops it at once
        FeedLink second = As.user(member, () -> feeds.create(council.key(), true), Role.Names.COUNCIL_MEMBER);
        assertThat(As.anonymous(() -> feeds.privateFeed(token))).isEmpty();
        String token2 = second.url().substring(second.url().lastIndexOf('/') + 1).replace(".ics", "");
        assertThat(As.anonymous(() -> feeds.privateFeed(token2))).isPresent();
        As.user(member, () -> feeds.revoke(second.id()), Role.Names.COUNCIL_MEMBER);
        assertThat(As.anonymous(() -> feeds.privateFeed(token2))).isEmpty();
        assertThat(As.anonymous(() -> feeds.privateFeed("../../etc/passwd"))).isEmpty();
        // someone who is not a member gets no personal feed
        assertThatThrownBy(() -> As.user(MeetingFixtures.RESIDENT, () -> feeds.create(council.key(), true),
                Role.Names.RESIDENT)).extracting("messageKey").isEqualTo("meetings.error.not-member");
    }

    @Test
    void the_public_feed_filters_by_body() throws Exception {
        var a = fx.council(1);
        var b = fx.council(1);
        MeetingDetail ma = fx.plan(a.key(), Paris.date(clock.instant()).plusDays(3));
        MeetingDetail mb = fx.plan(b.key(), Paris.date(clock.instant()).plusDays(3));
        String ics = feeds.publicFeed(null, a.key());
        new CalendarBuilder().build(new StringReader(ics));
        assertThat(ics).contains(ma.summary().title()).doesNotContain(mb.summary().title());
        assertThat(List.of(feeds.publicFeed(null, null))).allMatch(s -> s.contains(mb.summary().title()));
    }
}
