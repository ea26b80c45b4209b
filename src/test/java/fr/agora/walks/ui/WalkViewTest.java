package fr.agora.walks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.support.As;
import fr.agora.walks.service.ObservationData;
import fr.agora.walks.service.RecommendationData;
import fr.agora.walks.service.RecommendationForm;
import fr.agora.walks.service.RecommendationService;
import fr.agora.walks.service.WalkFixtures;
import fr.agora.walks.service.WalkService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The public walk page without a browser: map pins with symbol and shape, legend, findings, recommendations. */
@AgoraSpringTest
class WalkViewTest extends SpringBrowserlessTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    WalkService walks;
    @Autowired
    RecommendationService recommendations;

    long walk;
    ObservationData hostile;

    @BeforeEach
    void publishedWalk() {
        fx.accounts();
        walk = fx.walk("Page publique");
        As.user(WalkFixtures.STAFF, () -> walks.setRoute(walk, List.of(new GeoPoint(49.905, 2.244), new GeoPoint(49.906, 2.246))),
                Role.Names.STAFF);
        fx.publishWalk(walk);
        hostile = fx.capture(walk, "<img src=x onerror=alert(1)> mal éclairé");
        fx.publish(hostile.id(), false, false);
        fx.publish(fx.capture(walk, "Point sensible").id(), true, false);
        RecommendationData r = As.user(WalkFixtures.STAFF, () -> recommendations.create(walk, new RecommendationForm("Éclairer",
                "Deux lampadaires", WalkFixtures.PARTNER_ORG, null, Set.of(hostile.id()))), Role.Names.STAFF);
        As.user(WalkFixtures.STAFF, () -> recommendations.changeStatus(r.id(), RecommendationStatus.TRANSMISE, null), Role.Names.STAFF);
    }

    @Test
    @WithAnonymousUser
    void the_public_sees_published_pins_the_legend_findings_and_recommendations() {
        WalkView view = navigate("marches/" + walk, WalkView.class);
        assertThat(view.getPageTitle()).startsWith("Page publique");
        assertThat(view.map.getMarkers()).singleElement().satisfies(m -> {
            assertThat(m.symbol()).isEqualTo("V");
            assertThat(m.shape()).isEqualTo(LeafletMap.PinShape.DIAMOND);
            assertThat(m.colour()).isEqualTo("#a34700");
            assertThat(m.label()).contains("Visibilité").contains("Faiblesse").contains("<img src=x");
        });
        assertThat(view.map.getGeoJsonLayers()).extracting(LeafletMap.GeoJsonLayer::id).containsExactly("route");
        assertThat(view.map.isClustering()).isFalse();
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("V : Visibilité").contains("Losange : une faiblesse").contains("Rond : un atout");
        assertThat(page).contains("Visibilité (V) : 0 atout(s), 1 faiblesse(s)");
        assertThat(page).contains("Éclairer").contains("Transmise").doesNotContain("Point sensible")
                .doesNotContain(WalkFixtures.PARTICIPANT);
        // a person's text is a text node, never markup
        assertThat($(com.vaadin.flow.component.html.ListItem.class).id("finding-" + hostile.id()).getElement().getTextRecursively())
                .endsWith(" <img src=x onerror=alert(1)> mal éclairé");
        assertThat($(com.vaadin.flow.component.html.ListItem.class).id("finding-" + hostile.id()).getElement().getChildren()
                .anyMatch(e -> e.isTextNode() && e.getText().contains("<img"))).isTrue();
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Rapport complet (PDF)", "Etouvie");
        assertThat(view.groupCounts(view.report.group())).isEqualTo("8 personne(s) (2 de 15 à 24 ans, 3 de 25 à 44 ans, "
                + "2 de 45 à 64 ans, 1 de 65 ans et plus)");
    }

    @Test
    @WithAnonymousUser
    void an_unpublished_walk_is_not_found() {
        long hidden = fx.walk("Cachée");
        navigate("marches/" + hidden, com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(WalkView.class);
    }

    @Test
    @WithAnonymousUser
    void the_territory_page_lists_the_walk() {
        TerritoryWalksView view = navigate("marches/territoire/QPV-ETOUVIE", TerritoryWalksView.class);
        assertThat(view.getPageTitle()).isEqualTo("Marches exploratoires — Etouvie — Agora");
        assertThat(view.list.getElement().getTextRecursively()).contains("Page publique");
    }

    @Test
    @WithAnonymousUser
    void many_pins_are_clustered() {
        for (int i = 0; i < WalkView.CLUSTER_FROM + 1; i++) {
            fx.publish(fx.capture(walk, "Repère " + i).id(), false, false);
        }
        WalkView view = navigate("marches/" + walk, WalkView.class);
        assertThat(view.map.isClustering()).isTrue();
        assertThat(view.map.getMarkers()).hasSize(WalkView.CLUSTER_FROM + 2);
    }
}
