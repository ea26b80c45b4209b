package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.council.domain.College;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.council.support.CouncilTestData;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Issue 14, item 3: an end of mandate takes a day and a reason and can be undone within the window (the member
 * refuses after it); a drawn person's refusal or unreachability takes a day and, for the unreachable, the attempts
 * made, and says beforehand who of the reserve will be called.
 */
@AgoraSpringTest
class UndoableActsTest {

    @Autowired
    MembershipService membership;
    @Autowired
    CouncilService councils;
    @Autowired
    DrawReplyService replies;
    @Autowired
    CouncilTestData data;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    MutableClock clock;

    String staff = "agent.annuler." + UUID.randomUUID().toString().substring(0, 8) + "@test.local";

    <T> T staff(Supplier<T> action) {
        return As.user(staff, action, Role.Names.STAFF);
    }

    void staff(Runnable action) {
        As.user(staff, action, Role.Names.STAFF);
    }

    static Appointment person(String name) {
        return new Appointment(name, null, null, null, false);
    }

    List<MemberData> seated(long councilId) {
        long[] id = {councilId};
        return staff(() -> councils.members(id[0]));
    }

    long councilWithOneSeat() {
        long id = data.council().named("Conseil annulation").create().id();
        staff(() -> membership.appoint(id, College.HABITANTS, MemberOrigin.ASSISTED, person("Awa Titulaire"),
                person("Léa Suppléante")));
        return id;
    }

    MemberData titulaire(long councilId) {
        return seated(councilId).stream().filter(m -> m.active() && m.position() == SeatPosition.TITULAIRE)
                .findFirst().orElseThrow();
    }

    @Test
    void anEndOfMandateNeedsADayNotInTheFutureAndAReasonAndIsUndoneWithinTheWindow() {
        long c = councilWithOneSeat();
        MemberData t = titulaire(c);
        LocalDate today = councils.today();
        assertThatThrownBy(() -> staff(() -> membership.resign(t.id(), today, "  ")))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.end-reason");
        assertThatThrownBy(() -> staff(() -> membership.resign(t.id(), today.plusDays(1), "Démission")))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.end-date");
        assertThatThrownBy(() -> staff(() -> membership.resign(t.id(), null, "Démission")))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.end-date");
        assertThat(seated(c)).allMatch(MemberData::active);
        assertThat(audit.search(staff, "COUNCIL_MEMBER_LEFT", null, null, PageRequest.of(0, 10))).hasSize(3)
                .allMatch(e -> e.getOutcome() == fr.agora.shared.domain.AuditEvent.Outcome.REFUSED);

        staff(() -> membership.resign(t.id(), today, "Déménagement hors du quartier"));
        List<MemberData> after = seated(c);
        assertThat(after).filteredOn(m -> m.id() == t.id()).singleElement().satisfies(m -> {
            assertThat(m.active()).isFalse();
            assertThat(m.endReason()).isEqualTo("Déménagement hors du quartier");
            assertThat(m.undoUntil()).isNotNull();
        });
        assertThat(after).filteredOn(MemberData::active).singleElement()
                .satisfies(m -> assertThat(m.position()).isEqualTo(SeatPosition.TITULAIRE));

        // ten minutes later, the mistake is undone: both sit as before
        clock.advance(Duration.ofMinutes(10));
        try {
            staff(() -> membership.undoEnd(t.id()));
        } finally {
            clock.reset();
        }
        List<MemberData> undone = seated(c);
        assertThat(undone).allMatch(MemberData::active);
        assertThat(undone).filteredOn(m -> m.id() == t.id()).singleElement().satisfies(m -> {
            assertThat(m.position()).isEqualTo(SeatPosition.TITULAIRE);
            assertThat(m.endDate()).isNull();
            assertThat(m.endReason()).isNull();
        });
        assertThat(undone).filteredOn(m -> m.fullName().equals("Léa Suppléante")).singleElement()
                .satisfies(m -> assertThat(m.position()).isEqualTo(SeatPosition.SUPPLEANT));
        assertThat(audit.search(staff, "COUNCIL_MEMBER_END_UNDONE", null, null, PageRequest.of(0, 10))).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains("demoted"));
    }

    @Test
    void afterTheWindowTheEndCannotBeUndoneAndTheRefusalIsAudited() {
        long c = councilWithOneSeat();
        MemberData t = titulaire(c);
        staff(() -> membership.resign(t.id(), councils.today(), "Démission"));
        clock.advance(Duration.ofMinutes(16));
        try {
            assertThatThrownBy(() -> staff(() -> membership.undoEnd(t.id())))
                    .hasFieldOrPropertyWithValue("messageKey", "council.error.undo-too-late");
        } finally {
            clock.reset();
        }
        assertThat(seated(c)).filteredOn(m -> m.id() == t.id()).singleElement().matches(m -> !m.active());
        assertThat(audit.search(staff, "COUNCIL_MEMBER_END_UNDONE", null, null, PageRequest.of(0, 10))).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains("council.error.undo-too-late"));
        // an active member has nothing to undo
        MemberData now = titulaire(c);
        assertThatThrownBy(() -> staff(() -> membership.undoEnd(now.id())))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.undo-too-late");
    }

    @Test
    void anEndCannotBeUndoneOnceSomeoneTookThePlace() {
        long c = councilWithOneSeat();
        MemberData t = titulaire(c);
        staff(() -> membership.resign(t.id(), councils.today(), "Démission"));
        staff(() -> membership.fillSuppleant(c, College.HABITANTS, t.seatNo(), MemberOrigin.ASSISTED,
                person("Nina Nouvelle")));
        assertThatThrownBy(() -> staff(() -> membership.undoEnd(t.id())))
                .hasFieldOrPropertyWithValue("messageKey", "council.error.undo-seat-changed");
        assertThat(seated(c)).filteredOn(MemberData::active).hasSize(2);
    }

    @Test
    void aRefusalSaysWhoWillBeCalledAndAnUnreachablePersonNeedsTheAttemptsMade() {
        long councilId = data.council().named("Conseil réponses").create().id();
        DrawData drawn = data.draw(councilId).drawn();
        String operator = CouncilTestData.OPERATOR;
        List<MemberData> members = As.user(operator, () -> replies.drawnMembers(drawn.id()), Role.Names.DRAW_OPERATOR);
        MemberData first = members.get(0);
        MemberData second = members.get(1);
        LocalDate today = councils.today();

        assertThatThrownBy(() -> As.user(operator, () -> replies.respond(first.id(), CouncilMember.Response.UNREACHABLE,
                today, " "), Role.Names.DRAW_OPERATOR)).hasFieldOrPropertyWithValue("messageKey", "draw.error.answer-note");
        assertThatThrownBy(() -> As.user(operator, () -> replies.respond(first.id(), CouncilMember.Response.DECLINED,
                today.plusDays(1), null), Role.Names.DRAW_OPERATOR))
                .hasFieldOrPropertyWithValue("messageKey", "draw.error.answer-date");
        assertThatThrownBy(() -> As.user(operator, () -> replies.respond(first.id(), CouncilMember.Response.DECLINED,
                null, null), Role.Names.DRAW_OPERATOR)).hasFieldOrPropertyWithValue("messageKey", "draw.error.answer-date");

        Optional<String> called = As.user(operator, () -> replies.previewReplacement(first.id(),
                CouncilMember.Response.UNREACHABLE), Role.Names.DRAW_OPERATOR);
        // the preview changed nothing
        assertThat(As.user(operator, () -> replies.drawnMembers(drawn.id()), Role.Names.DRAW_OPERATOR)).hasSize(members.size());
        As.user(operator, () -> replies.respond(first.id(), CouncilMember.Response.UNREACHABLE, today,
                "Trois appels les 2 et 3, un courriel"), Role.Names.DRAW_OPERATOR);
        List<MemberData> after = As.user(operator, () -> replies.drawnMembers(drawn.id()), Role.Names.DRAW_OPERATOR);
        assertThat(after).filteredOn(m -> m.id() == first.id()).singleElement().satisfies(m -> {
            assertThat(m.response()).isEqualTo("UNREACHABLE");
            assertThat(m.endReason()).isEqualTo("Trois appels les 2 et 3, un courriel");
        });
        if (called.isPresent()) {
            assertThat(after).filteredOn(m -> m.active() && m.seatNo() == first.seatNo()
                    && m.position() == first.position()).singleElement()
                    .satisfies(m -> assertThat(m.fullName()).isEqualTo(called.get()));
        }
        // a refusal needs no note; its day is kept
        As.user(operator, () -> replies.respond(second.id(), CouncilMember.Response.DECLINED, today, null),
                Role.Names.DRAW_OPERATOR);
        assertThat(audit.search(operator, "DRAW_MEMBER_REPLACED", null, null, PageRequest.of(0, 50)))
                .anySatisfy(e -> assertThat(e.getDetails()).contains("Trois appels"));
    }
}
