package fr.agora.budget.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.budget.domain.EditionRepository;
import fr.agora.budget.domain.RealisationStatus;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The vote's demo: a closed 2025 edition with results and winners under way, and this year's vote open for
 * habitant@agora.demo. Run in a year of its own (the clock moved) so that it leaves the other demo test's edition
 * alone.
 */
@AgoraSpringTest
class BudgetVoteDemoDataTest {

    @Autowired
    BudgetFixtures fx;
    @Autowired
    ApplicationContext context;
    @Autowired
    EditionRepository editionRows;
    @Autowired
    BudgetVoteService votes;
    @Autowired
    BudgetResultsService results;
    @Autowired
    RealisationService realisations;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_closed_2025_edition_with_winners_under_way_and_this_years_vote_open_for_the_resident() {
        clock.set(Instant.parse("2037-03-15T10:00:00Z"));
        fx.account(BudgetDemoData.AGENT, "Agent", Role.STAFF);
        fx.account(BudgetDemoData.REVIEWER, "Services", Role.SERVICE_REVIEWER);
        fx.account(BudgetDemoData.MODERATOR, "Modération", Role.MODERATOR);
        fx.account(BudgetDemoData.PARTNER, "Partenaire", Role.PARTNER);
        for (String r : BudgetDemoData.RESIDENTS) {
            fx.account(r, r, Role.RESIDENT);
        }
        var factory = context.getAutowireCapableBeanFactory();
        BudgetDemoData first = factory.createBean(BudgetDemoData.class);
        first.onReady();
        if (editionRows.existsByYear(BudgetVoteDemoData.PAST_YEAR)) {
            return; // another run already loaded it in this database
        }
        BudgetVoteDemoData demo = factory.createBean(BudgetVoteDemoData.class);
        demo.load();

        long past = editionRows.findByYear(BudgetVoteDemoData.PAST_YEAR).orElseThrow().getId();
        VoteData.Results r = results.results(past);
        assertThat(r.boxes()).isNotEmpty();
        assertThat(r.boxes()).flatExtracting(VoteData.BoxResult::lines).anyMatch(VoteData.Line::won)
                .allSatisfy(l -> assertThat(l.explanation()).isNotBlank());
        assertThat(realisations.winners(past)).extracting(VoteData.Winner::status)
                .contains(RealisationStatus.EN_TRAVAUX, RealisationStatus.REALISE);

        long current = editionRows.findByYear(2037).orElseThrow().getId();
        assertThat(votes.overview(current).open()).isTrue();
        VoteData.MyBallot mine = As.user("habitant@agora.demo", () -> votes.myBallot(current), Role.Names.RESIDENT);
        assertThat(mine.refusal()).isNull();
        assertThat(mine.ballots()).isNotEmpty();
    }
}
