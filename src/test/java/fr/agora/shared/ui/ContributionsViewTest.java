package fr.agora.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.service.WalkFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The shared pages show what the features contribute, without naming them: the home page's process cards, the
 * territory links, "Mon espace" and the staff dashboard.
 */
@AgoraSpringTest
class ContributionsViewTest extends SpringBrowserlessTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    List<TerritoryLink.Source> territoryLinks;

    @Test
    void the_home_page_has_one_card_per_existing_feature_each_a_link() {
        navigate(HomeView.class);
        Div cards = $(Div.class).id("home-processes");
        assertThat($(RouterLink.class).from(cards).all()).extracting(RouterLink::getHref)
                .contains("conseils", "marches", "budget", "comites", "pleniere");
        String text = cards.getElement().getTextRecursively();
        assertThat(text).contains("Marches exploratoires", "Conseils citoyens", "Budget participatif", "Plénière annuelle");
        // each process once (the meetings' card used to repeat « Comités de quartier »)
        assertThat(text.split("Comités de quartier", -1)).hasSize(2);
    }

    @Test
    void a_territory_links_to_its_walks() {
        assertThat(territoryLinks.stream().flatMap(s -> s.linksFor("QPV-ETOUVIE").stream()))
                .anyMatch(l -> l.labelKey().equals("walks.territory.link")
                        && l.target().parameters().get("code").orElseThrow().equals("QPV-ETOUVIE"));
    }

    @Test
    @WithMockUser(username = WalkFixtures.PARTICIPANT, roles = "RESIDENT")
    void my_space_lists_the_walks_i_am_enrolled_on() {
        fx.accounts();
        long walk = fx.walk("Mon espace");
        navigate(MySpaceView.class);
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getHref).contains("marches/" + walk + "/saisie");
    }

    @Test
    @WithMockUser(username = WalkFixtures.MODERATOR, roles = "MODERATOR")
    void the_dashboard_counts_the_pins_awaiting_moderation() {
        fx.accounts();
        long walk = fx.walk("Tableau de bord");
        fx.capture(walk, "Trottoir défoncé");
        StaffDashboardView view = navigate(StaffDashboardView.class);
        assertThat($(RouterLink.class).from(view.list).all()).anyMatch(l -> l.getHref().equals("marches/moderation")
                && l.getText().startsWith("Observations et photos à modérer"));
        assertThat($(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .anyMatch(i -> "À traiter".equals(i.getLabel()));
    }

    @Test
    @WithMockUser(username = "habitant@test", roles = "RESIDENT")
    void residents_cannot_open_the_dashboard() {
        navigate(MySpaceView.class);
        assertThat($(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .noneMatch(i -> "À traiter".equals(i.getLabel()));
    }
}
