package fr.agora.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.agora.support.AgoraSpringTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@AgoraSpringTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Test
    void anonymous_visitors_see_public_links_only() {
        navigate(HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Accueil", "Créer un compte").doesNotContain("Utilisateurs et rôles", "Mon compte");
        assertThat($(com.vaadin.flow.component.sidenav.SideNav.class).withId("admin-nav").exists()).isFalse();
        assertThat($(Button.class).withId("nav-login").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin@test", roles = {"RESIDENT", "ADMIN"})
    void admins_see_the_administration_menu() {
        navigate(HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Utilisateurs et rôles", "Journal d'audit", "Territoires", "Courriels envoyés");
        assertThat($(com.vaadin.flow.component.sidenav.SideNav.class).id("admin-nav").getLabel()).isEqualTo("Administration");
    }

    @Test
    void every_page_has_a_french_title_and_english_is_selectable() {
        HomeView home = navigate(HomeView.class);
        assertThat(home.getPageTitle()).isEqualTo("Accueil — Agora");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        test($(Button.class).id("language-switch")).click();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(navigate(HomeView.class).getPageTitle()).isEqualTo("Home — Agora");
        LocaleInitListener.choose(Locale.FRENCH);
    }
}
