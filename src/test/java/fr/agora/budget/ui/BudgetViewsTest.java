package fr.agora.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.budget.service.BudgetFixtures;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.budget.service.ProposalSummary;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapClickEvent;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.walks.service.TestImages;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The budget's views without a browser: timeline, proposing (map tap, photo, errors), list, review, commission. */
@AgoraSpringTest
class BudgetViewsTest extends SpringBrowserlessTest {

    @Autowired
    BudgetFixtures fx;
    @Autowired
    ProposalQueries queries;
    @Autowired
    fr.agora.budget.service.EditionService editions;

    long edition;

    @BeforeEach
    void edition() {
        fx.accounts();
        edition = fx.edition().id();
    }

    static void tap(LeafletMap map, GeoPoint p) {
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, p));
    }

    @Test
    void the_edition_page_shows_the_timeline_and_what_is_open_now() {
        EditionView view = navigate("budget/" + edition, EditionView.class);
        assertThat(view.timeline.getChildren().count()).isEqualTo(6);
        assertThat(view.timeline.getElement().getChild(0).getAttribute("aria-current")).isEqualTo("step");
        assertThat(view.now.getText()).startsWith("Déposez et modifiez vos propositions jusqu'au");
    }

    @Test
    @WithMockUser(username = BudgetFixtures.RESIDENT, roles = "RESIDENT")
    void a_resident_taps_the_map_fills_the_form_adds_a_photo_and_deposits() {
        ProposalFormView view = navigate("budget/editions/" + edition + "/proposer", ProposalFormView.class);
        // deposit with nothing: every error at once, nothing deposited
        test(view.submit).click();
        assertThat(view.fields.title.isInvalid()).isTrue();
        assertThat(view.fields.location.isInvalid()).isTrue();
        assertThat(view.fields.cost.isInvalid()).isTrue();
        assertThat(view.fields.investment.isInvalid()).isTrue();
        test(view.fields.title).setValue("Aire de jeux des Coursives");
        assertThat(view.draftId).as("a draft is kept as soon as something is typed").isNotNull();
        assertThat(view.draftStatus.getText()).isEqualTo("Brouillon enregistré.");
        test(view.fields.description).setValue("Des jeux pour les petits au pied des immeubles.");
        view.fields.category.setValue(fx.categoryId("AIRES_DE_JEUX"));
        tap(view.fields.location.getMap(), BudgetFixtures.ETOUVIE);
        test(view.fields.cost).setValue(25000);
        view.fields.investment.setValue(true);
        view.attachPhoto(TestImages.jpegWithGps(40, 30, 1));
        assertThat(view.photoStatus.getText()).contains("1 photo");
        long id = view.draftId;
        test(view.submit).click();
        ProposalSummary s = queries.list(edition, null, null, null, Locale.FRENCH).stream().filter(p -> p.id() == id)
                .findFirst().orElseThrow();
        assertThat(s.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(s.cost()).isEqualTo(25_000L);
        assertThat(queries.detail(id, Locale.FRENCH).photos()).hasSize(1);
    }

    @Test
    @WithMockUser(username = BudgetFixtures.RESIDENT, roles = "RESIDENT")
    void the_proposal_page_shows_status_cost_photos_and_history() {
        long id = fx.deposit(edition, BudgetFixtures.RESIDENT, "Table de pique-nique");
        fx.proposals.addPhoto(id, TestImages.jpegWithGps(40, 30, 1));
        ProposalView view = navigate("budget/propositions/" + id, ProposalView.class);
        assertThat(view.detail.holder()).isTrue();
        assertThat(view.history.getElement().getTextRecursively()).contains("Déposée");
        assertThat(view.getElement().getTextRecursively()).contains("Table de pique-nique").contains("20");
    }

    @Test
    void the_list_is_the_text_alternative_of_the_map() {
        fx.deposit(edition, BudgetFixtures.RESIDENT, "Bancs du square");
        ProposalsView view = navigate("budget/editions/" + edition + "/propositions", ProposalsView.class);
        assertThat(view.map.getMarkers()).hasSize(1);
        assertThat(view.cards.getElement().getTextRecursively()).contains("Bancs du square").contains("Coordonnées : 49.90500, 2.24500");
        assertThat(view.count.getText()).isEqualTo("1 proposition(s)");
    }

    @Test
    @WithMockUser(username = BudgetFixtures.MEMBER, roles = "RESIDENT")
    void a_commission_member_decides_with_a_reason() {
        long p = fx.feasible(edition, BudgetFixtures.RESIDENT, "Jardin partagé", 12_000);
        CommissionView view = navigate("budget/commission", CommissionView.class);
        // the current edition may be another test's: decide on this edition's proposal through its card
        view.edition = editions.edition(edition);
        view.refresh();
        assertThat(view.agenda.getElement().getTextRecursively()).contains("Jardin partagé");
        test($(com.vaadin.flow.component.button.Button.class).id("budget-pass-" + p)).click();
        assertThat(queries.detail(p, Locale.FRENCH).status()).as("no reason: refused").isEqualTo(ProposalStatus.FEASIBLE);
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("budget-decision-reason-" + p)).setValue("Très demandé");
        test($(com.vaadin.flow.component.button.Button.class).id("budget-pass-" + p)).click();
        assertThat(queries.detail(p, Locale.FRENCH).status()).isEqualTo(ProposalStatus.PASSED);
    }
}
