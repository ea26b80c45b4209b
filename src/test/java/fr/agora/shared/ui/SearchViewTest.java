package fr.agora.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouterLink;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.service.WalkFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13: search across public content, filtered by quartier; unpublished content is never found. */
@AgoraSpringTest
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    WalkFixtures fx;

    @Test
    void finds_published_walks_by_word_and_quartier_and_never_unpublished_ones() {
        fx.accounts();
        long published = fx.walk("Recherche lampadaires");
        fx.publishWalk(published);
        long hidden = fx.walk("Recherche lampadaires cachée");
        SearchView view = navigate(SearchView.class);
        test(view.query).setValue("recherche LAMPADAIRES");
        test(view.search).click();
        assertThat($(RouterLink.class).from(view.results).all()).extracting(RouterLink::getHref)
                .contains("marches/" + published).doesNotContain("marches/" + hidden);

        test(view.quartier).selectItem("Pierre Rollin");
        test(view.search).click();
        assertThat($(RouterLink.class).from(view.results).all()).extracting(RouterLink::getHref)
                .doesNotContain("marches/" + published); // the walk is in Etouvie
        test(view.quartier).selectItem("Etouvie");
        test(view.search).click();
        assertThat($(RouterLink.class).from(view.results).all()).extracting(RouterLink::getHref)
                .contains("marches/" + published);
        assertThat(view.results.getElement().getTextRecursively()).contains("Marche exploratoire :");
    }
}
