package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.council.CandidacyCallClosed;
import fr.agora.council.CouncilDrawn;
import fr.agora.council.MemberAppointed;
import fr.agora.council.MemberReplaced;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.College;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.support.CouncilTestData;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the council announces to the other modules, each event from the use case that causes it. */
@AgoraSpringTest
@RecordApplicationEvents
class CouncilEventsTest {

    @Autowired
    CouncilTestData data;
    @Autowired
    MembershipService membership;
    @Autowired
    CampaignService calls;
    @Autowired
    CandidacyService candidacies;
    @Autowired
    DrawReplyService replies;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static <T> T staff(java.util.function.Supplier<T> action) {
        return As.user(CouncilTestData.STAFF, action, Role.Names.STAFF);
    }

    @Test
    void appointingAndLeavingASeatAreAnnounced() {
        CouncilData c = data.council().named("Conseil événements").create();
        int seat = staff(() -> membership.appoint(c.id(), College.ASSOCIATIONS, MemberOrigin.ASSOCIATION,
                new Appointment("Hélène Carré", "Amicale", null, null, true),
                new Appointment("Yassine Bouzid", "Amicale", null, null, true)));
        List<MemberAppointed> appointed = events.stream(MemberAppointed.class).filter(e -> e.councilId() == c.id())
                .toList();
        assertThat(appointed).hasSize(2).allMatch(e -> e.seatNo() == seat && e.college().equals("ASSOCIATIONS")
                && e.origin().equals("ASSOCIATION"));
        assertThat(appointed).extracting(MemberAppointed::position).containsExactly("TITULAIRE", "SUPPLEANT");
        long titulaire = appointed.get(0).memberId();
        long suppleant = appointed.get(1).memberId();
        LocalDate today = LocalDate.now(clock.withZone(fr.agora.council.domain.CouncilTime.ZONE));
        staff(() -> {
            membership.resign(titulaire, today, "Démission");
            return null;
        });
        assertThat(events.stream(MemberReplaced.class).filter(e -> e.councilId() == c.id())).singleElement()
                .isEqualTo(new MemberReplaced(c.id(), titulaire, suppleant, "LEFT", today));
    }

    @Test
    void aDrawAndARefusalAreAnnounced() {
        CouncilData c = data.council().named("Conseil tirage annoncé").population(1000).create();
        DrawData d = data.draw(c.id()).drawn();
        assertThat(events.stream(CouncilDrawn.class).filter(e -> e.drawId() == d.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.councilId()).isEqualTo(c.id());
                    assertThat(e.seats()).isEqualTo(2);
                    assertThat(e.seed()).isEqualTo(d.seed());
                });
        assertThat(events.stream(MemberAppointed.class).filter(e -> e.councilId() == c.id()))
                .hasSize(4).allMatch(e -> e.origin().equals("DRAW"));
        MemberData declining = As.user(CouncilTestData.OPERATOR, () -> replies.drawnMembers(d.id()),
                Role.Names.DRAW_OPERATOR).getFirst();
        As.user(CouncilTestData.OPERATOR, () -> {
            replies.respond(declining.id(), CouncilMember.Response.DECLINED);
            return null;
        }, Role.Names.DRAW_OPERATOR);
        assertThat(events.stream(MemberReplaced.class).filter(e -> e.councilId() == c.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.leftMemberId()).isEqualTo(declining.id());
                    assertThat(e.successorMemberId()).isNotNull();
                    assertThat(e.reason()).isEqualTo("DECLINED");
                });
    }

    @Test
    void closingACallNowRefusesLaterCandidaciesAndIsAnnouncedOnce() {
        CouncilData c = data.council().named("Conseil clôture").create();
        CampaignData call = data.call(c.id(), CampaignKind.HABITANT).create();
        clock.advance(Duration.ofDays(2));
        CampaignData closed = staff(() -> calls.closeNow(call.id()));
        assertThat(closed.open()).isFalse();
        assertThat(closed.closesAt()).isEqualTo(clock.instant());
        assertThat(events.stream(CandidacyCallClosed.class).filter(e -> e.campaignId() == call.id())).singleElement()
                .isEqualTo(new CandidacyCallClosed(call.id(), c.id(), "HABITANT", clock.instant()));
        assertThatThrownBy(() -> As.anonymous(() -> candidacies.apply(call.id(), new ResidentApplication("Tardif",
                "Paul", "paul.tardif@h.test", null, "QPV-PIERRE-ROLLIN", "1 rue Pierre Rollin", "80000",
                LocalDate.of(1980, 1, 1), fr.agora.council.pool.Sex.MALE, fr.agora.council.pool.EuStatus.EU, true, true),
                Locale.FRENCH))).hasFieldOrPropertyWithValue("messageKey", "candidacy.error.closed");
        assertThatThrownBy(() -> staff(() -> calls.closeNow(call.id())))
                .hasFieldOrPropertyWithValue("messageKey", "candidacy.error.already-closed");
        assertThat(events.stream(CandidacyCallClosed.class).filter(e -> e.campaignId() == call.id())).hasSize(1);
    }
}
