package fr.agora.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.agora.budget.domain.VoteSettings;
import fr.agora.budget.service.BudgetFixtures;
import fr.agora.budget.service.BudgetVoteService;
import fr.agora.budget.service.VoteFixtures;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The vote's views without a browser: the phone ballot with its running total, summary, cast and receipt check. */
@AgoraSpringTest
class BudgetVoteViewsTest extends SpringBrowserlessTest {

    @Autowired
    VoteFixtures vf;
    @Autowired
    BudgetVoteService votes;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithMockUser(username = VoteFixtures.ETOUVIE_VOTER, roles = "RESIDENT")
    void a_resident_fills_both_ballots_sees_the_running_total_casts_and_checks_the_receipt() {
        VoteFixtures.Ready r = vf.ready(VoteSettings.BallotType.KNAPSACK, VoteSettings.Rule.GREEDY,
                new long[] {40_000, 35_000, 30_000}, new long[] {30_000, 25_000});
        BallotView view = navigate("budget/voter/" + r.editionId(), BallotView.class);
        assertThat(view.ballot.ballots()).hasSize(2);
        long cityBox = view.ballot.ballots().getFirst().boxId();
        test(view.boxes.get(r.city().get(0))).click();
        test(view.boxes.get(r.city().get(1))).click();
        assertThat(view.totals.get(cityBox).getText().replace('\u202f', ' ').replace('\u00a0', ' '))
                .isEqualTo("Total choisi : 75 000 € sur 100 000 €");
        test(view.boxes.get(r.city().get(2))).click();
        assertThat(view.totals.get(cityBox).getText()).contains("Au-delà de l'enveloppe");
        test(view.boxes.get(r.city().get(2))).click();
        assertThat(view.draft()).contains(r.city().get(0) + "");
        view.age.setValue(true);
        test(view.review).click();
        assertThat(view.summaryPart.isVisible()).isTrue();
        view.doCast();
        assertThat(view.receiptPart.isVisible()).isTrue();
        String receipt = view.receiptPart.getElement().getChildren()
                .filter(e -> e.getClassList().contains("budgetvote-receipt-code")).findFirst().orElseThrow().getText()
                .replace("Votre reçu : ", "");
        assertThat(votes.receiptCounted(r.editionId(), receipt)).isTrue();

        // before the close the results page shows counts only and checks the receipt
        VoteResultsView results = navigate("budget/resultats/" + r.editionId(), VoteResultsView.class);
        test(results.receipt).setValue(receipt);
        results.check();
        assertThat(results.answer.getText()).isEqualTo("Ce reçu figure parmi les bulletins comptés.");
        test(results.receipt).setValue("AAAA-BBBB-CCCC");
        results.check();
        assertThat(results.answer.getText()).startsWith("Ce reçu ne figure pas");

        // a second visit: already voted
        BallotView again = navigate("budget/voter/" + r.editionId(), BallotView.class);
        assertThat(again.ballot.refusal()).isEqualTo("budgetvote.refusal.already-voted");
    }

    @Test
    @WithMockUser(username = BudgetFixtures.STAFF, roles = "STAFF")
    void staff_mark_a_paper_voter_and_enter_a_batch_from_the_keyboard() {
        VoteFixtures.Ready r = vf.ready(VoteSettings.BallotType.KNAPSACK, VoteSettings.Rule.GREEDY,
                new long[] {60_000, 50_000}, new long[] {30_000});
        PaperDeskView view = navigate("admin/budget/bureau/" + r.editionId(), PaperDeskView.class);
        test(view.voter).setValue(VoteFixtures.CITY_VOTER);
        view.mark();
        assertThat(view.marked.getText()).contains("est pointé(e)");
        test(view.voter).setValue(VoteFixtures.CITY_VOTER);
        view.mark();
        assertThat(view.marked.getText()).contains("déjà voté");
        view.box.setValue(view.box.getListDataView().getItems()
                .filter(b -> b.name().isEmpty()).findFirst().orElseThrow());
        test(view.label).setValue("Mairie Nord 1");
        test(view.paper).setValue(r.city().get(0) + " " + r.city().get(1));
        view.addPaper();
        view.enterBatch();
        assertThat(view.outcome.getText()).startsWith("Bulletin n° 1");
        view.entered.clear();
        test(view.paper).setValue(String.valueOf(r.city().get(0)));
        view.addPaper();
        view.enterBatch();
        assertThat(view.outcome.getText()).isEqualTo("Lot « Mairie Nord 1 » enregistré : 1 bulletin(s).");
        VoteManageView manage = navigate("admin/budget/vote/" + r.editionId(), VoteManageView.class);
        assertThat(manage.state.getText()).isEqualTo("Vote ouvert");
        assertThat(manage.counts.getChildren().count()).isEqualTo(2);
        As.user(BudgetFixtures.STAFF, () -> votes.close(r.editionId()), Role.Names.STAFF);
        VoteResultsView results = navigate("budget/resultats/" + r.editionId(), VoteResultsView.class);
        assertThat(results.getElement().getOuterHTML()).contains("java -jar agora.jar pb --input");
        RealisationsView map = navigate("budget/realisations", RealisationsView.class);
        assertThat(map.winners).anyMatch(w -> w.proposalId() == r.city().get(0));
    }
}
