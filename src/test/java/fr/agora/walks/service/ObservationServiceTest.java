package fr.agora.walks.service;

import fr.agora.support.As;

import static fr.agora.walks.service.WalkFixtures.ETOUVIE;
import static fr.agora.walks.service.WalkFixtures.OTHER_PARTNER;
import static fr.agora.walks.service.WalkFixtures.OTHER_RESIDENT;
import static fr.agora.walks.service.WalkFixtures.PARTICIPANT;
import static fr.agora.walks.service.WalkFixtures.PARTNER;
import static fr.agora.walks.service.WalkFixtures.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.MutableClock;
import fr.agora.walks.domain.Assessment;
import fr.agora.walks.domain.ModerationStatus;
import fr.agora.walks.domain.WalkState;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Field capture and the visibility rules: moderation before anything is public, internal pins, hidden text. */
@AgoraSpringTest
class ObservationServiceTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    ObservationService observations;
    @Autowired
    WalkService walks;
    @Autowired
    WalkReportService reports;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void accounts() {
        fx.accounts();
    }

    WalkReport publicReport(long walkId) {
        return As.anonymous(() -> reports.report(walkId));
    }

    @Test
    void an_unmoderated_pin_is_invisible_to_the_public_then_published() {
        long walk = fx.walk("Modération");
        fx.publishWalk(walk);
        ObservationData pin = fx.capture(walk, "Passage sous le pont très sombre");
        assertThat(pin.status()).isEqualTo(ModerationStatus.PENDING);
        assertThat(publicReport(walk).pins()).isEmpty();
        assertThat(As.user(PARTNER, () -> reports.report(walk), Role.Names.PARTNER).pins()).isEmpty();
        assertThat(As.user(STAFF, () -> observations.moderationQueue(), Role.Names.STAFF)).extracting(ObservationData::id)
                .contains(pin.id());

        fx.publish(pin.id(), false, false);
        WalkReport report = publicReport(walk);
        assertThat(report.pins()).extracting(ObservationData::text).containsExactly("Passage sous le pont très sombre");
        assertThat(report.legend()).extracting(CriterionData::code).containsExactly("VISIBILITE");
    }

    @Test
    void an_internal_pin_is_seen_by_staff_and_involved_partners_only() {
        long walk = fx.walk("Point sensible");
        fx.publishWalk(walk);
        ObservationData pin = fx.capture(walk, "Point de deal signalé au pied de la tour");
        fx.publish(pin.id(), true, false);
        assertThat(publicReport(walk).pins()).isEmpty();
        assertThat(As.user(OTHER_RESIDENT, () -> reports.report(walk), Role.Names.RESIDENT).pins()).isEmpty();
        // the walk's partner (its bailleur) sees it; a partner with no part in the walk does not
        assertThat(As.user(PARTNER, () -> reports.report(walk), Role.Names.PARTNER).pins()).extracting(ObservationData::id)
                .containsExactly(pin.id());
        assertThat(As.user(OTHER_PARTNER, () -> reports.report(walk), Role.Names.PARTNER).pins()).isEmpty();
        assertThat(As.user(STAFF, () -> reports.report(walk), Role.Names.STAFF).pins()).extracting(ObservationData::internal)
                .containsExactly(true);
        // exports are public documents: no internal pin, even when staff download them
        assertThat(As.user(STAFF, () -> reports.publicReport(walk), Role.Names.STAFF).pins()).isEmpty();
    }

    @Test
    void a_hidden_text_is_not_public_but_the_pin_is() {
        long walk = fx.walk("Texte masqué");
        fx.publishWalk(walk);
        ObservationData pin = fx.capture(walk, "M. Dupont du 3e laisse sa porte ouverte");
        fx.publish(pin.id(), false, true);
        WalkReport report = publicReport(walk);
        assertThat(report.pins()).hasSize(1);
        assertThat(report.pins().getFirst().text()).isNull();
        assertThat(report.toString()).doesNotContain("Dupont");
    }

    @Test
    void a_rejected_pin_never_appears() {
        long walk = fx.walk("Rejet");
        fx.publishWalk(walk);
        ObservationData pin = fx.capture(walk, "Hors sujet");
        As.user(WalkFixtures.MODERATOR, () -> observations.moderate(pin.id(),
                new ModerationDecision(ModerationStatus.REJECTED, false, false, "hors sujet")), Role.Names.MODERATOR);
        assertThat(publicReport(walk).pins()).isEmpty();
        assertThatThrownBy(() -> As.user(WalkFixtures.MODERATOR, () -> observations.moderate(pin.id(),
                new ModerationDecision(ModerationStatus.PENDING, false, false, null)), Role.Names.MODERATOR))
                .hasMessageContaining("walk.moderation.decision");
    }

    @Test
    void html_and_script_are_kept_as_text() {
        long walk = fx.walk("Texte hostile");
        fx.publishWalk(walk);
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"guillemets\"";
        ObservationData pin = fx.capture(walk, hostile);
        fx.publish(pin.id(), false, false);
        assertThat(publicReport(walk).pins().getFirst().text()).isEqualTo(hostile);
    }

    @Test
    void a_pin_outside_the_city_is_refused_and_audited() {
        long walk = fx.walk("Hors limites");
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.submit(walk,
                fx.pin("À Paris", new GeoPoint(48.8566, 2.3522))), Role.Names.RESIDENT))
                .hasMessageContaining("walk.observation.out-of-bounds");
        assertThat(auditEvents.search(PARTICIPANT, "WALK_OBSERVATION_REFUSED", null, null, PageRequest.of(0, 200)))
                .anySatisfy(e -> {
                    assertThat(e.getTargetId()).isEqualTo(String.valueOf(walk));
                    assertThat(e.getDetails()).contains("out-of-bounds");
                });
        assertThat(As.user(STAFF, () -> observations.allOfWalk(walk), Role.Names.STAFF)).isEmpty();
    }

    @Test
    void only_enrolled_participants_capture() {
        long walk = fx.walk("Participants");
        assertThatThrownBy(() -> As.user(OTHER_RESIDENT, () -> observations.submit(walk, fx.pin("Intrus", ETOUVIE)),
                Role.Names.RESIDENT)).hasMessageContaining("walk.capture.not-participant");
        assertThatThrownBy(() -> As.user(OTHER_RESIDENT, () -> observations.captureContext(walk), Role.Names.RESIDENT))
                .hasMessageContaining("walk.capture.not-participant");
        CaptureContext context = As.user(PARTICIPANT, () -> observations.captureContext(walk), Role.Names.RESIDENT);
        assertThat(context.open()).isTrue();
        assertThat(context.criteria()).extracting(CriterionData::symbol).startsWith("S", "V", "P", "A", "E");
    }

    @Test
    void a_resubmitted_draft_is_stored_once_with_its_original_time() {
        long walk = fx.walk("Brouillon");
        Instant placed = clock.instant().minus(Duration.ofMinutes(40));
        String ref = UUID.randomUUID().toString();
        ObservationInput draft = new ObservationInput(fx.criterionId("ENTRETIEN"), Assessment.ASSET, 1,
                "Bancs neufs et propres", ETOUVIE, placed, ref);
        ObservationData first = As.user(PARTICIPANT, () -> observations.submit(walk, draft), Role.Names.RESIDENT);
        ObservationData again = As.user(PARTICIPANT, () -> observations.submit(walk, draft), Role.Names.RESIDENT);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.observedAt()).isEqualTo(placed);
        assertThat(As.user(STAFF, () -> observations.allOfWalk(walk), Role.Names.STAFF)).hasSize(1);
        // someone else cannot replay another participant's draft reference
        As.user(STAFF, () -> walks.addParticipant(walk, OTHER_RESIDENT), Role.Names.STAFF);
        assertThatThrownBy(() -> As.user(OTHER_RESIDENT, () -> observations.submit(walk, draft), Role.Names.RESIDENT))
                .hasMessageContaining("walk.observation.bad-reference");
        // a time in the future is not believed
        ObservationData future = As.user(PARTICIPANT, () -> observations.submit(walk, new ObservationInput(
                fx.criterionId("ENTRETIEN"), Assessment.ASSET, 1, "Demain", ETOUVIE, clock.instant().plus(Duration.ofDays(2)),
                UUID.randomUUID().toString())), Role.Names.RESIDENT);
        assertThat(future.observedAt()).isEqualTo(clock.instant());
    }

    @Test
    void invalid_pins_are_refused() {
        long walk = fx.walk("Saisie invalide");
        ObservationInput ok = fx.pin("Texte", ETOUVIE);
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.submit(walk, new ObservationInput(ok.criterionId(),
                ok.assessment(), 4, "x", ETOUVIE, null, null)), Role.Names.RESIDENT)).hasMessageContaining("walk.observation.severity");
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.submit(walk, new ObservationInput(ok.criterionId(),
                ok.assessment(), 2, " ", ETOUVIE, null, null)), Role.Names.RESIDENT)).hasMessageContaining("walk.observation.text");
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.submit(walk, new ObservationInput(ok.criterionId(),
                ok.assessment(), 2, "x".repeat(2001), ETOUVIE, null, null)), Role.Names.RESIDENT))
                .hasMessageContaining("walk.observation.text-too-long");
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.submit(walk, new ObservationInput(null,
                ok.assessment(), 2, "x", ETOUVIE, null, null)), Role.Names.RESIDENT))
                .hasMessageContaining("walk.observation.criterion-required");
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.submit(walk, new ObservationInput(ok.criterionId(),
                ok.assessment(), 2, "x", null, null, null)), Role.Names.RESIDENT))
                .hasMessageContaining("walk.observation.position-required");
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.submit(walk, new ObservationInput(ok.criterionId(),
                ok.assessment(), 2, "x", ETOUVIE, null, "../../etc/passwd")), Role.Names.RESIDENT))
                .hasMessageContaining("walk.observation.bad-reference");
    }

    @Test
    void pins_are_taken_during_the_diagnostic_only() {
        long walk = fx.walk("Fin de saisie");
        As.user(STAFF, () -> walks.moveTo(walk, WalkState.REFLEXION), Role.Names.STAFF);
        assertThatThrownBy(() -> fx.capture(walk, "Trop tard")).hasMessageContaining("walk.observation.closed");
        // staff may still add what the group said during the collective reflection
        assertThat(As.user(STAFF, () -> observations.submit(walk, fx.pin("Ajout en réunion", ETOUVIE)), Role.Names.STAFF).id())
                .isPositive();
    }
}
