package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.council.domain.CouncilRepository;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.As;
import fr.agora.support.AgoraSpringTest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo councils load through the services, once: Pierre Rollin official with its members, Etouvie provisional. */
@AgoraSpringTest
class CouncilDemoDataTest {

    @Autowired
    fr.agora.council.service.CampaignService calls;
    @Autowired
    fr.agora.council.service.MembershipService membership;
    @Autowired
    fr.agora.council.service.ArreteService arretes;
    @Autowired
    CouncilRepository rows;
    @Autowired
    UserAccountRepository users;
    @Autowired
    CouncilService councils;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager tx;
    @Autowired
    CandidacyService candidacies;
    @Autowired
    fr.agora.council.domain.CandidacyCampaignRepository campaigns;
    @Autowired
    ElectionService elections;
    @Autowired
    fr.agora.shared.domain.TerritoryRepository territories;
    @Autowired
    ComiteDesignationService comites;

    @Test
    void demoCouncilsLoadOnceAndPierreRollinIsOfficial() {
        if (users.findByEmail(CouncilDemoData.AGENT).isEmpty()) {
            users.save(new UserAccount(CouncilDemoData.AGENT, "Agent démo", "{noop}x", Instant.now()));
        }
        CouncilDemoData demo = new CouncilDemoData(rows, users, councils, membership, arretes, clock, tx);
        demo.onReady();
        demo.onReady();
        CouncilData pr = councils.all().stream().filter(c -> c.name().equals(CouncilDemoData.PIERRE_ROLLIN))
                .findFirst().orElseThrow();
        assertThat(councils.all()).filteredOn(c -> c.name().equals(CouncilDemoData.PIERRE_ROLLIN)).hasSize(1);
        assertThat(pr.habitantSeats()).isEqualTo(6);
        assertThat(pr.official()).isTrue();
        assertThat(pr.mandateEnd()).isAfter(java.time.LocalDate.now(clock));
        PublicCouncil page = As.anonymous(() -> councils.publicPage(pr.slug()));
        assertThat(page.countsByCollege()).containsEntry("HABITANTS", 12L).containsEntry("ASSOCIATIONS", 14L);
        assertThat(page.namedMembers()).isNotEmpty().noneMatch(m -> m.email() != null);
        assertThat(councils.all()).anyMatch(c -> c.name().equals(CouncilDemoData.ETOUVIE) && !c.official());
        assertThat(As.user("conseiller@agora.demo", () -> membership.myCouncils(), Role.Names.COUNCIL_MEMBER).keySet())
                .extracting(CouncilData::name).containsExactly(CouncilDemoData.PIERRE_ROLLIN);
    }

    @Test
    void demoCallsForCandidaciesLoadOnceOnEtouvie() {
        if (users.findByEmail(CouncilDemoData.AGENT).isEmpty()) {
            users.save(new UserAccount(CouncilDemoData.AGENT, "Agent démo", "{noop}x", Instant.now()));
        }
        new CouncilDemoData(rows, users, councils, membership, arretes, clock, tx).onReady();
        new ComiteDemoData(rows, users, territories, councils, comites, tx).onReady();
        CandidacyDemoData demo = new CandidacyDemoData(councils, candidacies, calls, membership, campaigns, clock);
        demo.onReady();
        demo.onReady();
        CouncilData etouvie = councils.all().stream().filter(c -> c.name().equals(CouncilDemoData.ETOUVIE)).findFirst()
                .orElseThrow();
        List<CampaignData> open = As.anonymous(() -> calls.ofCouncil(etouvie.slug()));
        assertThat(open).hasSize(2).allMatch(CampaignData::open);
        CampaignData residents = open.stream().filter(c -> c.kind() == fr.agora.council.domain.CampaignKind.HABITANT)
                .findFirst().orElseThrow();
        assertThat(As.user("op@test.local", () -> candidacies.candidacies(residents.id()), Role.Names.DRAW_OPERATOR))
                .hasSize(3).filteredOn(CandidacyData::assisted).hasSize(1);
        // the Parcheminiers demo council: a closed associations' call, one candidate more than its 4 seats, and an
        // election for the demo agent to open (the codes are shown to whoever opens it, and stored nowhere)
        assertThat(As.anonymous(() -> elections.all())).noneMatch(e -> e.councilName().equals(ComiteDemoData.PARCHEMINIERS));
        assertThat(As.user("agent@test.local", () -> elections.campaigns(), Role.Names.STAFF))
                .filteredOn(c -> c.councilName().equals(ComiteDemoData.PARCHEMINIERS)).singleElement().satisfies(c -> {
                    assertThat(c.electionNeeded()).isTrue();
                    assertThat(c.freeSeats()).isEqualTo(4);
                    assertThat(c.standing()).isEqualTo(5);
                });
    }
}
