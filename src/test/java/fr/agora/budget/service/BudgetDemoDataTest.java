package fr.agora.budget.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.budget.domain.EditionRepository;
import fr.agora.budget.domain.Phase;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.TerritoryService;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo edition loads through the services, once, in its review phase, with work waiting for the demo accounts. */
@AgoraSpringTest
class BudgetDemoDataTest {

    @Autowired
    BudgetFixtures fx;
    @Autowired
    EditionRepository editionRows;
    @Autowired
    AccountDirectory users;
    @Autowired
    TerritoryService territories;
    @Autowired
    EditionService editions;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalQueries queries;
    @Autowired
    ModerationService moderation;
    @Autowired
    ReviewService reviews;
    @Autowired
    CommissionService commission;
    @Autowired
    BudgetAccess access;
    @Autowired
    PlatformTransactionManager tx;

    @Test
    void the_demo_edition_loads_once_in_its_review_phase_with_work_for_the_reviewer_and_the_commission() {
        fx.account(BudgetDemoData.AGENT, "Agent", Role.STAFF);
        fx.account(BudgetDemoData.REVIEWER, "Services", Role.SERVICE_REVIEWER);
        fx.account(BudgetDemoData.MODERATOR, "Modération", Role.MODERATOR);
        fx.account(BudgetDemoData.PARTNER, "Partenaire", Role.PARTNER);
        for (String r : BudgetDemoData.RESIDENTS) {
            fx.account(r, r, Role.RESIDENT);
        }
        BudgetDemoData demo = new BudgetDemoData(editionRows, users, territories, editions, proposals, queries, moderation,
                reviews, commission, access, tx);
        demo.onReady();
        long count = editionRows.count();
        demo.onReady();
        assertThat(editionRows.count()).isEqualTo(count);

        EditionData e = editions.all().stream().filter(x -> x.year() == access.today().getYear()).findFirst().orElseThrow();
        assertThat(e.currentPhase()).isEqualTo(Phase.ANALYSE);
        List<ProposalSummary> all = queries.list(e.id(), null, null, null, Locale.FRENCH);
        assertThat(all).hasSizeBetween(23, 26);
        assertThat(all).extracting(ProposalSummary::territoryName).doesNotContainNull().hasSizeGreaterThan(5);
        assertThat(all).filteredOn(p -> p.status() == ProposalStatus.NOT_FEASIBLE).singleElement()
                .satisfies(p -> assertThat(queries.detail(p.id(), Locale.FRENCH).reviewReasons()).contains("réseau d'eau"));
        assertThat(all).anyMatch(p -> "Classes citoyennes".equals(p.envelopeName()));
        assertThat(As.user(BudgetDemoData.REVIEWER, () -> reviews.toReview(e.id(), Locale.FRENCH), Role.Names.SERVICE_REVIEWER))
                .isNotEmpty();
        List<ProposalSummary> agenda = As.user(BudgetDemoData.MEMBER, () -> commission.agenda(e.id(), Locale.FRENCH),
                Role.Names.RESIDENT);
        assertThat(agenda).anyMatch(p -> p.status().feasible());
        ProposalSummary merged = As.user(BudgetDemoData.MODERATOR, () -> moderation.proposals(e.id(), Locale.FRENCH),
                Role.Names.MODERATOR).stream().filter(p -> p.title().equals("Jardin partagé de la Plaine Debussy")).findFirst()
                .orElseThrow();
        assertThat(queries.detail(merged.id(), Locale.FRENCH).history()).anyMatch(h -> h.kind().name().equals("ABSORBED"));
    }
}
