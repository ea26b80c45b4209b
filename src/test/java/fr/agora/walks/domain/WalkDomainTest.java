package fr.agora.walks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walks' rules that need no database: steps, recommendation statuses, routes, organisation names. */
class WalkDomainTest {

    static final CityBounds AMIENS = new CityBounds(49.845, 2.215, 49.952, 2.375);

    @Test
    void a_walk_moves_one_step_at_a_time_and_closes_only_with_a_follow_up() {
        Walk walk = new Walk("Marche", new Territory("QPV-X", TerritoryKind.QPV, "X", LocalDate.of(2015, 1, 1)),
                WalkTheme.INSECURITE_FEMMES, "Asso", LocalDate.now(), TimeOfDay.EVENING, GroupType.WOMEN, "a@b", Instant.now());
        for (WalkState target : WalkState.values()) {
            if (target != WalkState.REFLEXION) {
                assertThat(WalkState.DIAGNOSTIC.canMoveTo(target)).as(target.name()).isFalse();
            }
        }
        assertThatThrownBy(() -> walk.moveTo(WalkState.SUIVI, Instant.now())).hasMessage("walk.state.skip");
        for (WalkState s : List.of(WalkState.REFLEXION, WalkState.PRESENTATION, WalkState.RECOMMANDATIONS, WalkState.SUIVI)) {
            walk.moveTo(s, Instant.now());
        }
        assertThatThrownBy(() -> walk.moveTo(WalkState.CLOTUREE, Instant.now())).hasMessage("walk.state.summary-required");
        walk.publishFollowUp("Fait.", Instant.now());
        walk.moveTo(WalkState.CLOTUREE, Instant.now());
        assertThat(WalkState.CLOTUREE.canMoveTo(WalkState.SUIVI)).isFalse();
        assertThat(WalkState.CLOTUREE.next()).isNull();
    }

    @Test
    void recommendation_statuses_follow_the_answer_path() {
        assertThat(RecommendationStatus.PROPOSEE.successors()).containsExactly(RecommendationStatus.TRANSMISE);
        assertThat(RecommendationStatus.TRANSMISE.successors()).containsExactlyInAnyOrder(RecommendationStatus.ACCEPTEE,
                RecommendationStatus.REFUSEE);
        assertThat(RecommendationStatus.TRANSMISE.canMoveTo(RecommendationStatus.REALISEE)).isFalse();
        assertThat(RecommendationStatus.REFUSEE.successors()).isEmpty();
        assertThat(RecommendationStatus.REALISEE.successors()).isEmpty();
    }

    @Test
    void a_route_is_a_line_inside_the_city() {
        String json = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[2.24,49.90],[2.25,49.91]]}}";
        assertThat(RouteLine.parse(json, AMIENS)).containsExactly(new GeoPoint(49.90, 2.24), new GeoPoint(49.91, 2.25));
        assertThat(RouteLine.toGeoJson(List.of(new GeoPoint(49.9000001234, 2.24), new GeoPoint(49.91, 2.25))))
                .isEqualTo("{\"type\":\"LineString\",\"coordinates\":[[2.24,49.9],[2.25,49.91]]}");
        assertThatThrownBy(() -> RouteLine.parse("{\"type\":\"LineString\",\"coordinates\":[[2.24,49.90]]}", AMIENS))
                .hasMessage("walk.route.too-short");
        assertThatThrownBy(() -> RouteLine.parse("{\"type\":\"LineString\",\"coordinates\":[[2.24,49.90],[\"x\",1]]}", AMIENS))
                .hasMessage("walk.route.invalid");
        assertThatThrownBy(() -> RouteLine.parse("{\"type\":\"LineString\",\"coordinates\":[[2.24,49.90],[2.35,48.85]]}", AMIENS))
                .hasMessage("walk.route.out-of-bounds");
        assertThatThrownBy(() -> RouteLine.parse("[1,2]", AMIENS)).hasMessage("walk.route.invalid");
    }

    @Test
    void organisation_names_match_whatever_the_spacing_case_and_accents() {
        assertThat(Organisations.same("Amiens Habitat", " amiens\u00a0 HABITAT ")).isTrue();
        assertThat(Organisations.same("Ametis", "Amétis")).isTrue();
        assertThat(Organisations.same("Ametis", "Amiens Habitat")).isFalse();
        assertThat(Organisations.same("", "")).isFalse();
        assertThat(Organisations.same(null, null)).isFalse();
    }

    @Test
    void criteria_check_their_symbol_and_colour() {
        DiagnosticCriterion c = new DiagnosticCriterion("ECLAIRAGE", "Éclairage", null, "l", "#ABCDEF", 60);
        assertThat(c.getSymbol()).isEqualTo("L");
        assertThat(c.getColour()).isEqualTo("#abcdef");
        assertThatThrownBy(() -> c.update("Éclairage", null, "LUM", "#abcdef", 1)).hasMessage("walk.criterion.symbol-invalid");
        assertThatThrownBy(() -> c.update("Éclairage", null, "L", "red", 1)).hasMessage("walk.criterion.colour-invalid");
        assertThatThrownBy(() -> new DiagnosticCriterion("bad code", "x", null, "X", "#000000", 1)).hasMessage("walk.criterion.code-invalid");
    }
}
