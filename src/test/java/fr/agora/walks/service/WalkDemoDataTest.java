package fr.agora.walks.service;

import fr.agora.support.As;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.TerritoryService;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.domain.DiagnosticCriterionRepository;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.walks.domain.WalkRepository;
import fr.agora.walks.domain.WalkState;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo walks load through the services, are consistent, and load once. */
@AgoraSpringTest
class WalkDemoDataTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    WalkRepository walkRows;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    DiagnosticCriterionRepository criteria;
    @Autowired
    WalkService walks;
    @Autowired
    ObservationService observations;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    WalkReportService reports;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager tx;

    @Test
    void the_demo_walks_load_once_with_answers_for_the_demo_partner() {
        fx.account(WalkDemoData.AGENT, "Agent", Role.STAFF, null);
        fx.account(WalkDemoData.RESIDENT, "Habitante", Role.RESIDENT, null);
        fx.account("camille.martin@agora.demo", "Camille", Role.RESIDENT, null);
        fx.account(WalkDemoData.PARTNER, "Partenaire", Role.PARTNER, "Amiens Habitat (démo)");
        WalkDemoData demo = new WalkDemoData(walkRows, territories, accounts, criteria, walks, observations, recommendations, clock, tx);
        demo.onReady();
        long count = walkRows.count();
        demo.onReady();
        assertThat(walkRows.count()).isEqualTo(count);

        WalkSummary etouvie = walks.published().stream().filter(w -> w.title().equals(WalkDemoData.ETOUVIE_TITLE)).findFirst().orElseThrow();
        assertThat(etouvie.state()).isEqualTo(WalkState.SUIVI);
        WalkReport report = As.anonymous(() -> reports.report(etouvie.id()));
        assertThat(report.pins()).hasSize(7);
        assertThat(report.pins()).anySatisfy(p -> assertThat(p.photos()).hasSize(1));
        assertThat(report.recommendations()).hasSize(4);
        assertThat(As.user(WalkDemoData.PARTNER, () -> recommendations.forMyOrganisation(), Role.Names.PARTNER))
                .extracting(RecommendationData::status).containsExactlyInAnyOrder(RecommendationStatus.ACCEPTEE, RecommendationStatus.TRANSMISE);
        assertThat(As.user(WalkDemoData.RESIDENT, () -> walks.mine(), Role.Names.RESIDENT)).extracting(WalkSummary::title)
                .contains(WalkDemoData.NORD_TITLE);
    }
}
