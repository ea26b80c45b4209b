package fr.agora.plenary.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.council.CouncilDirectory;
import fr.agora.plenary.domain.PlenaryAvisRepository;
import fr.agora.plenary.domain.PlenaryContributionRepository;
import fr.agora.plenary.domain.PlenaryMotionRepository;
import fr.agora.plenary.domain.PlenaryRepository;
import fr.agora.plenary.domain.Representation;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.Dates;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo loads once: last year's plenary with its avis (two answered, one overdue) and the next one with the
 * Habitants of a conseil designated by its members' vote, its Associations' vote open, another conseil incomplete.
 */
@AgoraSpringTest
class PlenaryDemoDataTest {

    @Autowired
    PlenaryFixtures fx;
    @Autowired
    PlenaryRepository plenaryRows;
    @Autowired
    PlenaryMotionRepository motions;
    @Autowired
    PlenaryAvisRepository avisRows;
    @Autowired
    PlenaryContributionRepository contributionRows;
    @Autowired
    PlenaryService plenaries;
    @Autowired
    RepresentativeService representatives;
    @Autowired
    ContributionService contributions;
    @Autowired
    AvisService avis;
    @Autowired
    CouncilDirectory councils;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    Dates dates;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager tx;

    @Test
    void the_demo_has_a_past_plenary_with_an_overdue_avis_and_the_next_one_partly_designated() {
        var withMembers = fx.council(3);
        var empty = fx.council(0);
        fx.account(PlenaryDemoData.AGENT, Role.STAFF);
        fx.account(PlenaryDemoData.MEMBER, Role.COUNCIL_MEMBER);
        fx.account(PlenaryDemoData.RESIDENT, Role.RESIDENT);
        String replaced = withMembers.habitants().getFirst();
        // the demo conseils: these two, the first titulaire being the demo council member
        CouncilDirectory demoCouncils = new CouncilDirectory() {
            @Override
            public List<CouncilEntry> councils() {
                return List.of(council(withMembers.id()).orElseThrow(), council(empty.id()).orElseThrow());
            }

            @Override
            public Optional<CouncilEntry> council(long id) {
                return councils.council(id).map(c -> new CouncilEntry(c.id(), c.name(), c.territoryIds(), true));
            }

            @Override
            public List<Member> activeMembers(long councilId) {
                return councils.activeMembers(councilId).stream().map(m -> replaced.equals(m.email())
                        ? new Member(m.id(), m.councilId(), m.college(), m.seatNo(), m.titulaire(), m.fullName(),
                                PlenaryDemoData.MEMBER, m.phone(), m.publicConsent()) : m).toList();
            }
        };
        RepresentativeService reps = new RepresentativeService(plenaries, representativeRows, designationRows,
                demoCouncils, minutes, voting, accounts, audit, clock);
        PlenaryDemoData demo = new PlenaryDemoData(plenaryRows, motions, avisRows, contributionRows, plenaries, reps,
                contributions, demoCouncils, accounts, dates, clock, tx);
        demo.onReady();
        long count = plenaryRows.count();
        demo.onReady();
        assertThat(plenaryRows.count()).as("loaded once").isEqualTo(count);

        int thisYear = dates.today().plusDays(60).getYear();
        var past = plenaryRows.findByYear(thisYear - 1).orElseThrow();
        var next = plenaryRows.findByYear(thisYear).orElseThrow();
        List<AvisData> pastAvis = avis.ofPlenary(past.getId());
        assertThat(pastAvis).hasSize(3);
        assertThat(pastAvis).filteredOn(a -> a.answer() != null).hasSize(2);
        assertThat(pastAvis).filteredOn(a -> a.daysOverdue() > 0).hasSize(1);
        assertThat(As.anonymous(() -> plenaries.get(past.getId())).minutesText()).contains("quorum atteint");

        Invitations inv = As.user(PlenaryFixtures.STAFF, () -> plenaries.invitations(next.getId()), Role.Names.STAFF);
        assertThat(inv.representatives()).hasSize(3).allMatch(r -> r.college() == Representation.HABITANTS);
        assertThat(inv.incomplete()).hasSize(2);
        assertThat(As.user(PlenaryDemoData.MEMBER, () -> reps.designations(next.getId()), Role.Names.COUNCIL_MEMBER))
                .anyMatch(d -> d.open() && d.eligible() && !d.voted() && d.college() == Representation.ASSOCIATIONS);
        assertThat(As.anonymous(() -> contributions.published(next.getId()))).singleElement()
                .satisfies(c -> assertThat(c.comments()).hasSize(1));
    }

    @Autowired
    fr.agora.plenary.domain.PlenaryRepresentativeRepository representativeRows;
    @Autowired
    fr.agora.plenary.domain.PlenaryDesignationRepository designationRows;
    @Autowired
    fr.agora.meetings.MinutesApi minutes;
    @Autowired
    fr.agora.voting.VotingService voting;
    @Autowired
    fr.agora.shared.service.AuditService audit;
}
