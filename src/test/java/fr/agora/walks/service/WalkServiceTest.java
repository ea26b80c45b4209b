package fr.agora.walks.service;

import fr.agora.support.As;

import static fr.agora.walks.service.WalkFixtures.PARTICIPANT;
import static fr.agora.walks.service.WalkFixtures.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.domain.GroupComposition;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.walks.domain.WalkState;
import fr.agora.walks.domain.WalkTheme;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Walks: creation for every theme, the group's warnings, the route, and the workflow validated on the server. */
@AgoraSpringTest
class WalkServiceTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    WalkService walks;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    WalkReportService reports;
    @Autowired
    AuditEventRepository auditEvents;

    @BeforeEach
    void accounts() {
        fx.accounts();
    }

    static <T> T staff(java.util.function.Supplier<T> action) {
        return As.user(STAFF, action, Role.Names.STAFF);
    }

    @Test
    void a_walk_can_be_created_for_each_theme() {
        for (WalkTheme theme : WalkTheme.values()) {
            WalkDetail d = staff(() -> walks.create(fx.form("Marche " + theme, theme)));
            assertThat(d.form().theme()).isEqualTo(theme);
            assertThat(d.state()).isEqualTo(WalkState.DIAGNOSTIC);
            assertThat(d.published()).isFalse();
        }
        WalkForm other = fx.form("Sans précision", WalkTheme.AUTRE);
        WalkForm missing = new WalkForm(other.title(), other.territoryId(), WalkTheme.AUTRE, " ", other.organiser(),
                other.date(), null, other.timeOfDay(), other.groupType(), other.group(), other.partners(), null);
        assertThatThrownBy(() -> staff(() -> walks.create(missing))).hasMessageContaining("walk.theme.other-required");
    }

    @Test
    void residents_cannot_create_walks() {
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> walks.create(fx.form("Interdit", WalkTheme.MOBILITE)),
                Role.Names.RESIDENT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_group_warns_above_ten_people_and_with_a_single_generation() {
        assertThat(new GroupComposition(0, 2, 3, 4, 1).warnings()).isEmpty();
        assertThat(new GroupComposition(0, 2, 4, 4, 1).warnings()).containsExactly(GroupComposition.Warning.TOO_LARGE);
        assertThat(new GroupComposition(0, 0, 6, 0, 0).warnings()).containsExactly(GroupComposition.Warning.SINGLE_GENERATION);
        long id = fx.walk("Groupe");
        WalkDetail d = staff(() -> walks.get(id));
        WalkForm eleven = new WalkForm(d.form().title(), d.form().territoryId(), d.form().theme(), null, d.form().organiser(),
                d.form().date(), null, d.form().timeOfDay(), d.form().groupType(), new GroupComposition(0, 0, 11, 0, 0),
                d.form().partners(), null);
        WalkDetail updated = staff(() -> walks.update(id, eleven));
        assertThat(updated.warnings()).containsExactly(GroupComposition.Warning.TOO_LARGE, GroupComposition.Warning.SINGLE_GENERATION);
        assertThatThrownBy(() -> new GroupComposition(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_public_report_shows_counts_never_participants() {
        long id = fx.walk("Identités");
        fx.publishWalk(id);
        WalkReport report = As.anonymous(() -> reports.report(id));
        assertThat(report.group().total()).isEqualTo(8);
        assertThat(report.toString()).doesNotContain(PARTICIPANT).doesNotContain("Marcheuse");
        assertThat(staff(() -> walks.get(id)).participants()).extracting(ParticipantData::email).containsExactly(PARTICIPANT);
    }

    @Test
    void an_unpublished_walk_is_hidden_from_the_public() {
        long id = fx.walk("Brouillon");
        assertThatThrownBy(() -> As.anonymous(() -> reports.report(id))).hasMessageContaining("walk.unknown");
        assertThat(As.anonymous(() -> walks.published())).extracting(WalkSummary::id).doesNotContain(id);
        fx.publishWalk(id);
        assertThat(As.anonymous(() -> walks.publishedInTerritory("QPV-ETOUVIE"))).extracting(WalkSummary::id).contains(id);
    }

    @Test
    void the_route_is_a_line_inside_the_city() {
        long id = fx.walk("Tracé");
        WalkDetail d = staff(() -> walks.setRoute(id, List.of(new GeoPoint(49.905, 2.244), new GeoPoint(49.906, 2.246),
                new GeoPoint(49.907, 2.247))));
        assertThat(d.route()).hasSize(3);
        assertThat(d.routeGeoJson()).isEqualTo("{\"type\":\"LineString\",\"coordinates\":[[2.244,49.905],[2.246,49.906],[2.247,49.907]]}");
        assertThatThrownBy(() -> staff(() -> walks.setRoute(id, List.of(new GeoPoint(49.905, 2.244), new GeoPoint(48.85, 2.35)))))
                .hasMessageContaining("walk.route.out-of-bounds");
        assertThatThrownBy(() -> staff(() -> walks.setRouteGeoJson(id, "{\"type\":\"Point\",\"coordinates\":[2.24,49.9]}")))
                .hasMessageContaining("walk.route.not-line");
        assertThatThrownBy(() -> staff(() -> walks.setRouteGeoJson(id, "{not json")))
                .hasMessageContaining("walk.route.invalid");
        assertThat(staff(() -> walks.get(id)).route()).hasSize(3);
    }

    @Test
    void a_state_skip_is_refused_and_audited() {
        long id = fx.walk("Étapes");
        assertThatThrownBy(() -> staff(() -> walks.moveTo(id, WalkState.PRESENTATION)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("walk.state.skip");
        assertThat(auditEvents.search(STAFF, "WALK_STATE_CHANGED", null, null, org.springframework.data.domain.PageRequest.of(0, 500)))
                .anySatisfy(e -> {
                    assertThat(e.getTargetId()).isEqualTo(String.valueOf(id));
                    assertThat(e.getOutcome().name()).isEqualTo("REFUSED");
                    assertThat(e.getDetails()).contains("PRESENTATION");
                });
        assertThat(staff(() -> walks.get(id)).state()).isEqualTo(WalkState.DIAGNOSTIC);
        assertThat(staff(() -> walks.moveTo(id, WalkState.REFLEXION)).state()).isEqualTo(WalkState.REFLEXION);
        assertThat(staff(() -> walks.moveTo(id, WalkState.DIAGNOSTIC)).state()).isEqualTo(WalkState.DIAGNOSTIC);
    }

    @Test
    void the_full_workflow_needs_a_sent_recommendation_and_a_published_follow_up() {
        long id = fx.walk("Parcours complet");
        staff(() -> walks.moveTo(id, WalkState.REFLEXION));
        staff(() -> walks.moveTo(id, WalkState.PRESENTATION));
        assertThatThrownBy(() -> staff(() -> walks.moveTo(id, WalkState.RECOMMANDATIONS)))
                .hasMessageContaining("walk.state.recommendation-required");
        RecommendationData r = staff(() -> recommendations.create(id, new RecommendationForm("Éclairer le passage",
                "Installer deux lampadaires", WalkFixtures.PARTNER_ORG, null, Set.of())));
        assertThatThrownBy(() -> staff(() -> walks.moveTo(id, WalkState.RECOMMANDATIONS)))
                .hasMessageContaining("walk.state.recommendation-required");
        staff(() -> recommendations.changeStatus(r.id(), RecommendationStatus.TRANSMISE, null));
        staff(() -> walks.moveTo(id, WalkState.RECOMMANDATIONS));
        staff(() -> walks.moveTo(id, WalkState.SUIVI));
        assertThatThrownBy(() -> staff(() -> walks.moveTo(id, WalkState.CLOTUREE)))
                .hasMessageContaining("walk.state.summary-required");
        assertThatThrownBy(() -> staff(() -> walks.publishFollowUp(id, "  "))).hasMessageContaining("walk.follow-up.required");
        staff(() -> walks.publishFollowUp(id, "Deux lampadaires posés en mars ; la haie a été taillée."));
        WalkDetail closed = staff(() -> walks.moveTo(id, WalkState.CLOTUREE));
        assertThat(closed.state()).isEqualTo(WalkState.CLOTUREE);
        assertThat(closed.followUpPublishedAt()).isNotNull();
        assertThatThrownBy(() -> staff(() -> walks.moveTo(id, WalkState.SUIVI))).hasMessageContaining("walk.state.skip");
    }

    @Test
    void participants_are_enrolled_by_email_and_must_exist() {
        long id = fx.walk("Inscriptions");
        assertThatThrownBy(() -> staff(() -> walks.addParticipant(id, "inconnu@nulle-part.fr")))
                .hasMessageContaining("walk.participant.unknown");
        assertThat(As.user(PARTICIPANT, () -> walks.mine(), Role.Names.RESIDENT)).extracting(WalkSummary::id).contains(id);
        long userId = staff(() -> walks.get(id)).participants().getFirst().userId();
        staff(() -> walks.removeParticipant(id, userId));
        assertThat(As.user(PARTICIPANT, () -> walks.mine(), Role.Names.RESIDENT)).extracting(WalkSummary::id).doesNotContain(id);
    }
}
