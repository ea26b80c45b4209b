package fr.agora.meetings.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.meetings.domain.ContributionStatus;
import fr.agora.meetings.domain.MeetingStatus;
import fr.agora.meetings.domain.MinutesStatus;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.Mails;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Before and during a meeting on MariaDB: contributions and their deadline, answers and the suppléant's notice,
 * check-in, quorum, decisions, and minutes that are never public before approval.
 */
@AgoraSpringTest
class MeetingSessionTest {

    @Autowired
    MeetingFixtures fx;
    @Autowired
    MeetingService meetings;
    @Autowired
    ParticipationService participation;
    @Autowired
    SessionService sessions;
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
    void a_contribution_after_its_deadline_is_refused_and_an_accepted_one_joins_the_agenda() {
        var council = fx.council(1);
        MeetingDetail m = As.user(MeetingFixtures.STAFF, () -> meetings.plan(new MeetingForm(council.key(), "Avec contributions",
                inDays(10), LocalTime.of(18, 0), LocalTime.of(20, 0), "Salle", null, true, inDays(5).atTime(23, 59),
                List.of("Ouverture"))), Role.Names.STAFF);
        long id = m.summary().id();
        ContributionData c = As.user(MeetingFixtures.RESIDENT, () -> participation.contribute(id, "Éclairage rue Dom Bouquet",
                "Les lampadaires sont éteints depuis un mois."), Role.Names.RESIDENT);
        clock.advance(Duration.ofDays(6));
        assertThatThrownBy(() -> As.user(MeetingFixtures.RESIDENT, () -> participation.contribute(id, "Trop tard", "Texte"),
                Role.Names.RESIDENT)).extracting("messageKey").isEqualTo("meetings.error.contribution-closed");
        assertThat(As.user(MeetingFixtures.STAFF, () -> participation.contributions(id), Role.Names.STAFF)).hasSize(1);
        As.user(MeetingFixtures.STAFF, () -> participation.decide(c.id(), true), Role.Names.STAFF);
        MeetingDetail after = As.anonymous(() -> meetings.get(id));
        assertThat(after.agenda()).extracting(AgendaEntry::title).containsExactly("Ouverture", "Éclairage rue Dom Bouquet");
        assertThat(after.agenda().get(1).contributionId()).isEqualTo(c.id());
        assertThat(As.user(MeetingFixtures.STAFF, () -> participation.contributions(id), Role.Names.STAFF).getFirst().status())
                .isEqualTo(ContributionStatus.ACCEPTED);
    }

    @Test
    void a_titulaires_absence_notifies_their_suppleant() {
        var council = fx.council(2);
        MeetingDetail m = fx.plan(council.key(), inDays(7), "Point");
        As.user(council.titulaires().get(1), () -> participation.answer(m.summary().id(), false), Role.Names.COUNCIL_MEMBER);
        String body = Mails.lastBodyTo(greenMail, council.suppleants().get(1), m.summary().title());
        assertThat(body).contains("Titulaire 2").contains("absent").contains("/reunions/" + m.summary().id());
        assertThat(As.user(council.titulaires().get(1), () -> meetings.get(m.summary().id()), Role.Names.COUNCIL_MEMBER)
                .myAnswer()).isFalse();
    }

    @Test
    void someone_who_is_not_a_member_cannot_answer_or_check_in() {
        var council = fx.council(1);
        MeetingDetail m = fx.plan(council.key(), inDays(1), "Point");
        assertThatThrownBy(() -> As.user(MeetingFixtures.RESIDENT, () -> participation.answer(m.summary().id(), true),
                Role.Names.RESIDENT)).extracting("messageKey").isEqualTo("meetings.error.not-member");
        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> As.user(MeetingFixtures.RESIDENT, () -> sessions.checkInMyself(m.summary().id()),
                Role.Names.RESIDENT)).extracting("messageKey").isEqualTo("meetings.error.not-member");
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> sessions.checkIn(m.summary().id(), "C-999999999"),
                Role.Names.STAFF)).extracting("messageKey").isEqualTo("meetings.error.not-member");
    }

    @Test
    void quorum_is_a_majority_of_voting_members_and_decisions_need_it() {
        var council = fx.council(3);
        MeetingDetail m = fx.plan(council.key(), inDays(1), "Vote du projet");
        long id = m.summary().id();
        clock.advance(Duration.between(clock.instant(), m.summary().startsAt()).plusMinutes(5));
        As.user(council.titulaires().get(0), () -> sessions.checkInMyself(id), Role.Names.COUNCIL_MEMBER);
        Quorum q = As.user(MeetingFixtures.STAFF, () -> sessions.quorum(id), Role.Names.STAFF);
        assertThat(q.votingMembers()).isEqualTo(3);
        assertThat(q.required()).isEqualTo(2);
        assertThat(q.met()).isFalse();
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> sessions.decide(id, "Projet jardin", 1, 0, 0),
                Role.Names.STAFF)).extracting("messageKey").isEqualTo("meetings.error.no-quorum");
        // the suppléant of an absent titulaire sits in their place
        SessionView view = As.user(MeetingFixtures.STAFF, () -> sessions.session(id), Role.Names.STAFF);
        String suppleant2 = view.members().stream().filter(r -> r.name().equals("Suppléant 2")).findFirst().orElseThrow().key();
        q = As.user(MeetingFixtures.STAFF, () -> sessions.checkIn(id, suppleant2), Role.Names.STAFF);
        assertThat(q.votingPresent()).isEqualTo(2);
        assertThat(q.met()).isTrue();
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> sessions.decide(id, "Trop de voix", 2, 1, 0),
                Role.Names.STAFF)).extracting("messageKey").isEqualTo("meetings.error.votes");
        DecisionData d = As.user(MeetingFixtures.STAFF, () -> sessions.decide(id, "Projet jardin", 2, 0, 0), Role.Names.STAFF);
        assertThat(d.adopted()).isTrue();
        assertThat(d.quorumRequired()).isEqualTo(2);
        assertThat(As.anonymous(() -> meetings.get(id)).summary().status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void minutes_are_never_public_before_approval_then_published_with_the_approval_date() {
        var council = fx.council(1);
        MeetingDetail m = fx.plan(council.key(), inDays(1), "Point");
        long id = m.summary().id();
        clock.advance(Duration.ofDays(2));
        As.user(MeetingFixtures.STAFF, () -> sessions.draftMinutes(id, "Présents : 1. Décision : aucune."), Role.Names.STAFF);
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> sessions.publishMinutes(id, true), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("meetings.error.minutes-not-approved");
        assertThat(As.anonymous(() -> meetings.get(id)).minutesText()).isNull();
        assertThat(As.user(council.titulaires().getFirst(), () -> meetings.get(id), Role.Names.COUNCIL_MEMBER).minutesText())
                .contains("Décision");
        LocalDate today = Paris.date(clock.instant());
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> sessions.approveMinutes(id, today.plusDays(1)),
                Role.Names.STAFF)).extracting("messageKey").isEqualTo("meetings.error.minutes-approval-date");
        As.user(MeetingFixtures.STAFF, () -> sessions.approveMinutes(id, today), Role.Names.STAFF);
        assertThat(As.anonymous(() -> meetings.get(id)).minutesText()).isNull();
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> sessions.draftMinutes(id, "Réécrit"), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("meetings.error.minutes-approved");
        As.user(MeetingFixtures.STAFF, () -> sessions.publishMinutes(id, true), Role.Names.STAFF);
        MeetingDetail published = As.anonymous(() -> meetings.get(id));
        assertThat(published.minutesText()).contains("Décision");
        assertThat(published.minutesApprovedOn()).isEqualTo(today);
        assertThat(published.summary().minutesStatus()).isEqualTo(MinutesStatus.PUBLISHED);
    }

    @Test
    void members_only_minutes_stay_hidden_from_the_public() {
        var council = fx.council(1);
        long id = fx.plan(council.key(), inDays(1), "Point").summary().id();
        clock.advance(Duration.ofDays(2));
        As.user(MeetingFixtures.STAFF, () -> {
            sessions.draftMinutes(id, "Interne");
            sessions.approveMinutes(id, Paris.date(clock.instant()));
            sessions.publishMinutes(id, false);
        }, Role.Names.STAFF);
        assertThat(As.anonymous(() -> meetings.get(id)).minutesText()).isNull();
        assertThat(As.user(council.titulaires().getFirst(), () -> meetings.get(id), Role.Names.COUNCIL_MEMBER).minutesText())
                .isEqualTo("Interne");
    }
}
