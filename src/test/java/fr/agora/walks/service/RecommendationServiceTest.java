package fr.agora.walks.service;

import fr.agora.support.As;

import static fr.agora.walks.service.WalkFixtures.OTHER_PARTNER;
import static fr.agora.walks.service.WalkFixtures.PARTNER;
import static fr.agora.walks.service.WalkFixtures.PARTNER_ORG;
import static fr.agora.walks.service.WalkFixtures.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.walks.domain.Verdict;
import fr.agora.walks.domain.WalkTheme;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Recommendations: linked pins, transmission, partner answers with history, partner isolation, revisits. */
@AgoraSpringTest
class RecommendationServiceTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    WalkService walks;
    @Autowired
    WalkReportService reports;
    @Autowired
    AuditEventRepository auditEvents;

    @BeforeEach
    void accounts() {
        fx.accounts();
    }

    static <T> T staff(Supplier<T> action) {
        return As.user(STAFF, action, Role.Names.STAFF);
    }

    static <T> T partner(Supplier<T> action) {
        return As.user(PARTNER, action, Role.Names.PARTNER);
    }

    RecommendationData transmitted(long walk, Set<Long> pins) {
        RecommendationData r = staff(() -> recommendations.create(walk, new RecommendationForm("Tailler la haie",
                "La haie masque l'entrée du parking", "  amiens habitat   TEST ", LocalDate.now().plusMonths(3), pins)));
        return staff(() -> recommendations.changeStatus(r.id(), RecommendationStatus.TRANSMISE, null));
    }

    @Test
    void a_partner_answers_its_recommendation_and_the_public_sees_the_history() {
        long walk = fx.walk("Suivi");
        fx.publishWalk(walk);
        ObservationData pin = fx.capture(walk, "Haie trop haute");
        fx.publish(pin.id(), false, false);
        RecommendationData r = transmitted(walk, Set.of(pin.id()));
        assertThat(r.observationIds()).containsExactly(pin.id());

        assertThat(partner(() -> recommendations.forMyOrganisation())).extracting(RecommendationData::id).contains(r.id());
        partner(() -> recommendations.answer(r.id(), RecommendationStatus.ACCEPTEE, "Intervention prévue au printemps"));
        partner(() -> recommendations.comment(r.id(), "Devis signé"));
        partner(() -> recommendations.answer(r.id(), RecommendationStatus.EN_COURS, null));
        RecommendationData done = partner(() -> recommendations.answer(r.id(), RecommendationStatus.REALISEE, "Haie taillée"));
        assertThat(done.history()).extracting(HistoryData::to).containsExactly(RecommendationStatus.PROPOSEE,
                RecommendationStatus.TRANSMISE, RecommendationStatus.ACCEPTEE, RecommendationStatus.ACCEPTEE,
                RecommendationStatus.EN_COURS, RecommendationStatus.REALISEE);
        assertThat(done.history().get(2).actorOrg()).isEqualTo("amiens habitat   TEST".strip());
        assertThat(done.history().get(1).actorOrg()).isNull();

        WalkReport report = As.anonymous(() -> reports.report(walk));
        assertThat(report.recommendations()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(RecommendationStatus.REALISEE);
            assertThat(p.history()).hasSize(6);
            assertThat(p.observationIds()).containsExactly(pin.id());
        });
        assertThatThrownBy(() -> partner(() -> recommendations.answer(r.id(), RecommendationStatus.ACCEPTEE, null)))
                .hasMessageContaining("walk.recommendation.transition");
    }

    @Test
    void a_partner_cannot_read_or_answer_another_organisations_recommendation() {
        long walk = fx.walk("Cloisonnement");
        RecommendationData r = transmitted(walk, Set.of());
        assertThat(As.user(OTHER_PARTNER, () -> recommendations.forMyOrganisation(), Role.Names.PARTNER))
                .extracting(RecommendationData::id).doesNotContain(r.id());
        assertThatThrownBy(() -> As.user(OTHER_PARTNER, () -> recommendations.getForPartner(r.id()), Role.Names.PARTNER))
                .hasMessageContaining("walk.recommendation.not-yours");
        assertThatThrownBy(() -> As.user(OTHER_PARTNER, () -> recommendations.answer(r.id(), RecommendationStatus.ACCEPTEE, "moi"),
                Role.Names.PARTNER)).hasMessageContaining("walk.recommendation.not-yours");
        assertThat(auditEvents.search(OTHER_PARTNER, "WALK_RECOMMENDATION_READ", null, null, PageRequest.of(0, 100)))
                .anySatisfy(e -> {
                    assertThat(e.getTargetId()).isEqualTo(String.valueOf(r.id()));
                    assertThat(e.getOutcome().name()).isEqualTo("REFUSED");
                });
        // staff-only operations stay closed to partners
        assertThatThrownBy(() -> partner(() -> recommendations.forWalk(walk))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner(() -> recommendations.changeStatus(r.id(), RecommendationStatus.ACCEPTEE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(partner(() -> recommendations.getForPartner(r.id())).addressee()).isEqualTo("amiens habitat   TEST");
    }

    @Test
    void proposals_stay_internal_until_transmitted() {
        long walk = fx.walk("Proposition");
        fx.publishWalk(walk);
        RecommendationData r = staff(() -> recommendations.create(walk, new RecommendationForm("Brouillon", "À discuter",
                PARTNER_ORG, null, Set.of())));
        assertThat(As.anonymous(() -> reports.report(walk)).recommendations()).isEmpty();
        assertThatThrownBy(() -> partner(() -> recommendations.getForPartner(r.id()))).hasMessageContaining("not-yours");
        RecommendationData edited = staff(() -> recommendations.update(r.id(), new RecommendationForm("Éclairer", "Deux lampadaires",
                PARTNER_ORG, null, Set.of())));
        assertThat(edited.title()).isEqualTo("Éclairer");
        staff(() -> recommendations.changeStatus(r.id(), RecommendationStatus.TRANSMISE, null));
        assertThatThrownBy(() -> staff(() -> recommendations.update(r.id(), new RecommendationForm("Autre", "Autre",
                PARTNER_ORG, null, Set.of())))).hasMessageContaining("walk.recommendation.not-editable");
        assertThat(As.anonymous(() -> reports.report(walk)).recommendations()).hasSize(1);
    }

    @Test
    void a_refusal_needs_a_reason_which_becomes_public() {
        long walk = fx.walk("Refus");
        fx.publishWalk(walk);
        RecommendationData r = transmitted(walk, Set.of());
        assertThatThrownBy(() -> partner(() -> recommendations.answer(r.id(), RecommendationStatus.REFUSEE, " ")))
                .hasMessageContaining("walk.recommendation.reason-required");
        partner(() -> recommendations.answer(r.id(), RecommendationStatus.REFUSEE, "Terrain hors de notre patrimoine"));
        assertThat(As.anonymous(() -> reports.report(walk)).recommendations().getFirst().refusalReason())
                .isEqualTo("Terrain hors de notre patrimoine");
    }

    @Test
    void a_recommendation_links_only_pins_of_its_walk() {
        long walk = fx.walk("Liens");
        long other = fx.walk("Autre marche");
        ObservationData foreign = fx.capture(other, "Ailleurs");
        assertThatThrownBy(() -> staff(() -> recommendations.create(walk, new RecommendationForm("T", "B", PARTNER_ORG, null,
                Set.of(foreign.id()))))).hasMessageContaining("walk.recommendation.foreign-observation");
    }

    @Test
    void a_revisit_walk_evaluates_the_earlier_recommendations() {
        long earlier = fx.walk("Première marche");
        fx.publishWalk(earlier);
        RecommendationData r = transmitted(earlier, Set.of());
        WalkForm base = fx.form("Marche de revisite", WalkTheme.INSECURITE_FEMMES);
        long revisit = staff(() -> walks.create(new WalkForm(base.title(), base.territoryId(), base.theme(), null, base.organiser(),
                base.date().plusMonths(6), null, base.timeOfDay(), base.groupType(), base.group(), base.partners(), earlier))).id();
        fx.publishWalk(revisit);
        staff(() -> recommendations.evaluate(revisit, r.id(), Verdict.IMPROVED, "L'entrée est bien visible"));
        EvaluationData again = staff(() -> recommendations.evaluate(revisit, r.id(), Verdict.UNCHANGED, "Repoussé"));
        assertThat(again.verdict()).isEqualTo(Verdict.UNCHANGED);

        WalkReport revisitReport = As.anonymous(() -> reports.report(revisit));
        assertThat(revisitReport.revisitOf().id()).isEqualTo(earlier);
        assertThat(revisitReport.earlierRecommendations()).extracting(RecommendationData::id).containsExactly(r.id());
        assertThat(revisitReport.evaluations()).singleElement().satisfies(e -> assertThat(e.verdict()).isEqualTo(Verdict.UNCHANGED));
        WalkReport earlierReport = As.anonymous(() -> reports.report(earlier));
        assertThat(earlierReport.revisits()).extracting(WalkSummary::id).containsExactly(revisit);
        assertThat(earlierReport.evaluations()).hasSize(1);

        long unrelated = fx.walk("Sans lien");
        assertThatThrownBy(() -> staff(() -> recommendations.evaluate(unrelated, r.id(), Verdict.WORSE, null)))
                .hasMessageContaining("walk.revisit.not-earlier");
    }
}
