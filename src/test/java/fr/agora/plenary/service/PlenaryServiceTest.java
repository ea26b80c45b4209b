package fr.agora.plenary.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.plenary.domain.MotionKind;
import fr.agora.plenary.domain.MotionStatus;
import fr.agora.plenary.domain.Representation;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import fr.agora.voting.Majority;
import fr.agora.voting.MotionChoice;
import fr.agora.voting.Secrecy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plenary's rules on MariaDB: the invitation list (three per collège, or it cannot be finalised), the designation
 * by the members' vote, check-in and quorum, motions voted through the voting core (not checked in, twice, after the
 * close: refused), majority rules, the avis sent to the city and the elected official's answer.
 */
@AgoraSpringTest
class PlenaryServiceTest {

    @Autowired
    PlenaryFixtures fx;
    @Autowired
    PlenaryService plenaries;
    @Autowired
    RepresentativeService representatives;
    @Autowired
    LiveSessionService live;
    @Autowired
    AvisService avis;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static <T> T staff(java.util.function.Supplier<T> action) {
        return As.user(PlenaryFixtures.STAFF, action, Role.Names.STAFF);
    }

    @Test
    void the_invitation_list_cannot_be_finalised_while_a_conseil_has_other_than_three_in_a_collège() {
        var a = fx.council(3);
        var b = fx.council(3);
        PlenaryData p = fx.plan(false, a.id(), b.id());
        fx.designateByVote(p.id(), a, Representation.HABITANTS);
        fx.designateByVote(p.id(), a, Representation.ASSOCIATIONS);
        fx.designateByVote(p.id(), b, Representation.HABITANTS);

        Invitations before = staff(() -> plenaries.invitations(p.id()));
        assertThat(before.incomplete()).extracting(CouncilStatus::councilName).containsExactly(b.name());
        assertThat(before.incomplete().getFirst().associations()).isZero();
        assertThatThrownBy(() -> staff(() -> plenaries.finaliseInvitations(p.id())))
                .extracting("messageKey").isEqualTo("plenary.error.invitations-incomplete");
        assertThat(staff(() -> plenaries.invitations(p.id())).finalised()).isFalse();
        // the session needs the final list
        assertThatThrownBy(() -> As.user(PlenaryFixtures.STAFF, () -> live.openSession(p.id()), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("plenary.error.invitations-not-final");

        fx.designateByVote(p.id(), b, Representation.ASSOCIATIONS);
        Invitations after = staff(() -> plenaries.finaliseInvitations(p.id()));
        assertThat(after.finalised()).isTrue();
        assertThat(after.invited()).hasSize(12);
        // once final, no more designations
        assertThatThrownBy(() -> fx.designateByVote(p.id(), a, Representation.COMOP))
                .extracting("messageKey").isEqualTo("plenary.error.invitations-final");
    }

    @Test
    void a_vote_of_the_members_designates_those_with_the_most_approvals_and_a_collège_never_exceeds_three() {
        var c = fx.council(4);
        PlenaryData p = fx.plan(false, c.id());
        DesignationData d = staff(() -> representatives.openDesignation(p.id(), c.id(), Representation.COMOP, Secrecy.OPEN));
        assertThat(d.seats()).isEqualTo(1);
        long second = d.candidates().get(1).memberId();
        As.user(c.habitants().get(0), () -> representatives.castDesignation(d.id(), java.util.Set.of(second)), Role.Names.COUNCIL_MEMBER);
        As.user(c.habitants().get(1), () -> representatives.castDesignation(d.id(), java.util.Set.of(second)), Role.Names.COUNCIL_MEMBER);
        assertThatThrownBy(() -> As.user(c.habitants().get(1),
                () -> representatives.castDesignation(d.id(), java.util.Set.of(second)), Role.Names.COUNCIL_MEMBER))
                .extracting("messageKey").isEqualTo("voting.error.already-voted");
        // a suppléant does not vote on designations
        assertThatThrownBy(() -> As.user(c.suppleants().get(0),
                () -> representatives.castDesignation(d.id(), java.util.Set.of(second)), Role.Names.COUNCIL_MEMBER))
                .extracting("messageKey").isEqualTo("voting.error.not-eligible");
        staff(() -> representatives.closeDesignation(d.id()));
        var reps = staff(() -> plenaries.invitations(p.id())).representatives();
        assertThat(reps).singleElement().satisfies(r -> {
            assertThat(r.college()).isEqualTo(Representation.COMOP);
            assertThat(r.memberId()).isEqualTo(second);
        });
        fx.designateByVote(p.id(), c, Representation.HABITANTS);
        assertThatThrownBy(() -> staff(() -> representatives.openDesignation(p.id(), c.id(), Representation.HABITANTS,
                Secrecy.SECRET))).extracting("messageKey").isEqualTo("plenary.error.no-seat-to-designate");
    }

    @Test
    void a_representative_who_is_not_checked_in_cannot_vote_and_a_motion_needs_the_quorum() {
        var c = fx.council(3);
        PlenaryData p = fx.inSession(false, c);
        MotionData m = staff(() -> live.draftMotion(p.id(), MotionKind.AVIS, "Avis sur les mobilités", "Texte", Secrecy.SECRET,
                Majority.SIMPLE));
        // 6 invited, quorum 50 %: 4 needed
        for (String e : c.invited().subList(0, 3)) {
            As.user(e, () -> live.checkInMyself(p.id()), Role.Names.COUNCIL_MEMBER);
        }
        assertThat(live.state(p.id()).quorum()).satisfies(q -> {
            assertThat(q.invited()).isEqualTo(6);
            assertThat(q.present()).isEqualTo(3);
            assertThat(q.required()).isEqualTo(4);
            assertThat(q.met()).isFalse();
        });
        assertThatThrownBy(() -> staff(() -> live.openMotion(m.id(), null))).extracting("messageKey")
                .isEqualTo("plenary.error.no-quorum");
        Quorum q = As.user(PlenaryFixtures.STAFF, () -> live.checkIn(p.id(), rep(p.id(), 3), false),
                Role.Names.STAFF);
        assertThat(q.met()).isTrue();
        staff(() -> live.openMotion(m.id(), null));
        String absent = c.invited().get(5);
        assertThatThrownBy(() -> As.user(absent, () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER))
                .extracting("messageKey").isEqualTo("plenary.error.not-checked-in");
        // a resident who is not invited is refused at the check-in
        fx.account(PlenaryFixtures.RESIDENT, Role.RESIDENT);
        assertThatThrownBy(() -> As.user(PlenaryFixtures.RESIDENT, () -> live.checkInMyself(p.id()), Role.Names.RESIDENT))
                .extracting("messageKey").isEqualTo("plenary.error.not-invited");
        // checking in while the motion is open lets them vote on it
        As.user(absent, () -> live.checkInMyself(p.id()), Role.Names.COUNCIL_MEMBER);
        As.user(absent, () -> live.vote(m.id(), MotionChoice.CONTRE), Role.Names.COUNCIL_MEMBER);
        assertThat(live.state(p.id()).motion().contre()).isEqualTo(1);
    }

    /** The invited seat at {@code index}: the order of {@code TestCouncil.invited()} (Habitants 1-3, Associations 1-3). */
    long rep(long plenaryId, int index) {
        return staff(() -> plenaries.invitations(plenaryId)).invited().get(index).id();
    }

    @Test
    void a_secret_motion_refuses_a_second_vote_and_any_vote_after_the_close_and_shows_no_names() {
        var c = fx.council(3);
        PlenaryData p = fx.inSession(false, c);
        fx.checkInAll(p.id(), c);
        MotionData m = staff(() -> live.draftMotion(p.id(), MotionKind.AMENDEMENT, "Amendement 1", "Ajouter la santé",
                Secrecy.SECRET, Majority.ABSOLUTE));
        staff(() -> live.openMotion(m.id(), null));
        List<String> voters = c.invited();
        As.user(voters.get(0), () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER);
        assertThatThrownBy(() -> As.user(voters.get(0), () -> live.vote(m.id(), MotionChoice.CONTRE), Role.Names.COUNCIL_MEMBER))
                .extracting("messageKey").isEqualTo("plenary.error.already-voted");
        As.user(voters.get(1), () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER);
        As.user(voters.get(2), () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER);
        As.user(voters.get(3), () -> live.vote(m.id(), MotionChoice.CONTRE), Role.Names.COUNCIL_MEMBER);
        As.user(voters.get(4), () -> live.vote(m.id(), MotionChoice.ABSTENTION), Role.Names.COUNCIL_MEMBER);
        MotionData liveCount = live.state(p.id()).motion();
        assertThat(liveCount.pour()).isEqualTo(3);
        assertThat(liveCount.ballots()).isEqualTo(5);
        assertThat(As.user(voters.get(0), () -> live.mySeat(p.id()), Role.Names.COUNCIL_MEMBER).voted()).isTrue();
        MotionData closed = staff(() -> live.closeMotion(m.id()));
        // absolute majority: 3 pour of 5 ballots
        assertThat(closed.adopted()).isTrue();
        assertThat(closed.names()).isEmpty();
        assertThatThrownBy(() -> As.user(voters.get(5), () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER))
                .extracting("messageKey").isEqualTo("plenary.error.motion-closed");
        assertThat(live.state(p.id()).motion().ballots()).isEqualTo(5);
        // an amendment adopted is not an avis: nothing goes to the city
        assertThat(avis.ofPlenary(p.id())).isEmpty();
    }

    @Test
    void an_open_motion_publishes_names_an_adopted_avis_goes_to_the_city_and_only_an_elected_official_answers_it() {
        var c = fx.council(3);
        PlenaryData p = fx.inSession(false, c);
        fx.checkInAll(p.id(), c);
        MotionData m = staff(() -> live.draftMotion(p.id(), MotionKind.AVIS, "Avis sur la santé", "Une maison de santé",
                Secrecy.OPEN, Majority.TWO_THIRDS));
        staff(() -> live.openMotion(m.id(), null));
        List<String> voters = c.invited();
        for (int i = 0; i < 4; i++) {
            As.user(voters.get(i), () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER);
        }
        As.user(voters.get(4), () -> live.vote(m.id(), MotionChoice.CONTRE), Role.Names.COUNCIL_MEMBER);
        assertThatThrownBy(() -> As.user(voters.get(4), () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER))
                .extracting("messageKey").isEqualTo("plenary.error.already-voted");
        MotionData closed = staff(() -> live.closeMotion(m.id()));
        assertThat(closed.adopted()).isTrue(); // 4 of 5 expressed ≥ 2/3
        assertThat(closed.names()).hasSize(5).extracting(MotionData.NamedVote::choice).containsOnly("POUR", "CONTRE");
        AvisData sent = avis.ofPlenary(p.id()).getFirst();
        assertThat(sent.dueOn()).isEqualTo(sent.sentOn().plusMonths(3));
        assertThat(sent.answer()).isNull();

        fx.account(PlenaryFixtures.STAFF, Role.STAFF);
        assertThatThrownBy(() -> As.user(PlenaryFixtures.STAFF, () -> avis.answer(sent.id(), "Réponse"), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("plenary.error.elected-only");
        clock.advance(Duration.ofDays(100));
        assertThat(avis.ofPlenary(p.id()).getFirst().daysOverdue()).isGreaterThan(0);
        fx.account(PlenaryFixtures.ELECTED, Role.ELECTED);
        AvisData answered = As.user(PlenaryFixtures.ELECTED, () -> avis.answer(sent.id(), "La Ville étudie un local."),
                Role.Names.ELECTED);
        assertThat(answered.answer()).isEqualTo("La Ville étudie un local.");
        assertThat(answered.daysOverdue()).isZero();
        assertThatThrownBy(() -> As.user(PlenaryFixtures.ELECTED, () -> avis.answer(sent.id(), "Encore"), Role.Names.ELECTED))
                .extracting("messageKey").isEqualTo("plenary.error.already-answered");
        assertThat(avis.all()).anyMatch(a -> a.id() == sent.id());
    }

    @Test
    void majority_rules_apply_to_the_closed_count_and_the_timer_closes_a_motion() {
        var c = fx.council(3);
        PlenaryData p = fx.inSession(false, c);
        fx.checkInAll(p.id(), c);
        MotionData m = staff(() -> live.draftMotion(p.id(), MotionKind.AVIS, "Avis tiède", "Texte", Secrecy.SECRET,
                Majority.ABSOLUTE));
        staff(() -> live.openMotion(m.id(), 30));
        List<String> v = c.invited();
        As.user(v.get(0), () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER);
        As.user(v.get(1), () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER);
        As.user(v.get(2), () -> live.vote(m.id(), MotionChoice.CONTRE), Role.Names.COUNCIL_MEMBER);
        As.user(v.get(3), () -> live.vote(m.id(), MotionChoice.ABSTENTION), Role.Names.COUNCIL_MEMBER);
        clock.advance(Duration.ofSeconds(31));
        live.closeDueMotions();
        MotionData closed = live.motions(p.id()).getFirst();
        assertThat(closed.status()).isEqualTo(MotionStatus.CLOSED);
        // simple majority would adopt (2 > 1); absolute needs more than half of 4 ballots
        assertThat(closed.adopted()).isFalse();
        assertThat(avis.ofPlenary(p.id())).isEmpty();
        assertThatThrownBy(() -> As.user(v.get(4), () -> live.vote(m.id(), MotionChoice.POUR), Role.Names.COUNCIL_MEMBER))
                .extracting("messageKey").isEqualTo("plenary.error.motion-closed");
    }

    @Test
    void a_suppleant_stands_in_only_when_the_plenary_allows_it() {
        var c = fx.council(3);
        PlenaryData without = fx.inSession(false, c);
        String suppleant = c.suppleants().get(0); // the suppléant of Habitant 1
        assertThatThrownBy(() -> As.user(suppleant, () -> live.checkInMyself(without.id()), Role.Names.COUNCIL_MEMBER))
                .extracting("messageKey").isEqualTo("plenary.error.not-invited");

        var d = fx.council(3);
        PlenaryData with = fx.inSession(true, d);
        String sup = d.suppleants().get(0);
        As.user(sup, () -> live.checkInMyself(with.id()), Role.Names.COUNCIL_MEMBER);
        MySeat seat = As.user(sup, () -> live.mySeat(with.id()), Role.Names.COUNCIL_MEMBER);
        assertThat(seat.checkedIn()).isTrue();
        // the titulaire arriving later finds the seat taken
        assertThatThrownBy(() -> As.user(d.habitants().get(0), () -> live.checkInMyself(with.id()), Role.Names.COUNCIL_MEMBER))
                .extracting("messageKey").isEqualTo("plenary.error.seat-taken");
        assertThat(staff(() -> plenaries.invitations(with.id())).representatives())
                .anyMatch(r -> r.standingIn() && r.checkedIn());
    }

    @Test
    void minutes_follow_the_meetings_rules() {
        var c = fx.council(3);
        PlenaryData p = fx.inSession(false, c);
        assertThatThrownBy(() -> As.user(PlenaryFixtures.STAFF, () -> plenaries.draftMinutes(p.id(), "Texte"), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("plenary.error.minutes-before-session");
        As.user(PlenaryFixtures.STAFF, () -> live.closeSession(p.id()), Role.Names.STAFF);
        As.user(PlenaryFixtures.STAFF, () -> plenaries.draftMinutes(p.id(), "Compte rendu"), Role.Names.STAFF);
        assertThatThrownBy(() -> As.user(PlenaryFixtures.STAFF, () -> plenaries.publishMinutes(p.id()), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("plenary.error.minutes-not-approved");
        assertThat(As.anonymous(() -> plenaries.get(p.id())).minutesText()).isNull();
        As.user(PlenaryFixtures.STAFF, () -> plenaries.approveMinutes(p.id(), plenaries.today()), Role.Names.STAFF);
        As.user(PlenaryFixtures.STAFF, () -> plenaries.publishMinutes(p.id()), Role.Names.STAFF);
        assertThat(As.anonymous(() -> plenaries.get(p.id())).minutesText()).isEqualTo("Compte rendu");
    }

    @Test
    void contributions_are_published_once_approved_and_comments_once_moderated() {
        var c = fx.council(3);
        PlenaryData p = fx.plan(false, c.id());
        fx.account(PlenaryFixtures.RESIDENT, Role.RESIDENT);
        assertThatThrownBy(() -> As.user(PlenaryFixtures.RESIDENT, () -> contributions.write(p.id(), c.id(), "T", "B"),
                Role.Names.RESIDENT)).extracting("messageKey").isEqualTo("plenary.error.not-member");
        As.user(c.habitants().get(0), () -> contributions.write(p.id(), c.id(), "Se déplacer à Etouvie",
                "Des bus le dimanche."), Role.Names.COUNCIL_MEMBER);
        assertThat(As.anonymous(() -> contributions.published(p.id()))).isEmpty();
        assertThatThrownBy(() -> staff(() -> contributions.approve(p.id(), c.id(), plenaries.today().plusDays(1), null)))
                .extracting("messageKey").isEqualTo("plenary.error.approval-date");
        staff(() -> contributions.approve(p.id(), c.id(), plenaries.today(), null));
        assertThatThrownBy(() -> As.user(c.habitants().get(0), () -> contributions.write(p.id(), c.id(), "Autre", "Texte"),
                Role.Names.COUNCIL_MEMBER)).extracting("messageKey").isEqualTo("plenary.error.contribution-approved");
        ContributionData pub = As.anonymous(() -> contributions.published(p.id())).getFirst();
        As.user(PlenaryFixtures.RESIDENT, () -> contributions.comment(pub.id(), "D'accord, et le samedi soir ?"),
                Role.Names.RESIDENT);
        assertThat(As.anonymous(() -> contributions.published(p.id())).getFirst().comments()).isEmpty();
        long pending = staff(() -> contributions.pendingComments()).stream().filter(x -> x.body().contains("samedi"))
                .findFirst().orElseThrow().id();
        staff(() -> {
            contributions.moderate(pending, true);
            return null;
        });
        assertThat(As.anonymous(() -> contributions.published(p.id())).getFirst().comments())
                .extracting(ContributionData.CommentData::body).containsExactly("D'accord, et le samedi soir ?");
    }

    @Autowired
    ContributionService contributions;
}
