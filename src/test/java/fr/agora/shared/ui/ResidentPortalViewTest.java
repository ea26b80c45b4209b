package fr.agora.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** A resident's portal (issue 13): the layout on every page, the home page, registration, profile and language. */
@AgoraSpringTest
class ResidentPortalViewTest extends SpringBrowserlessTest {

    static final String RESIDENT = "portail-vue@exemple.fr";
    static final String PASSWORD = "Portail-Vue-2026!";

    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LocaleInitListener locales;

    @AfterEach
    void french() {
        if (UI.getCurrent() != null) {
            LocaleInitListener.choose(Locale.FRENCH);
        }
    }

    UserAccount account(String email, String locale) {
        UserAccount u = users.findByEmail(email).orElseGet(() -> {
            UserAccount n = new UserAccount(email, "Awa Portail", encoder.encode(PASSWORD), Instant.now());
            n.verifyEmail();
            return n;
        });
        u.updateProfile(u.getDisplayName(), null, locale);
        return users.save(u);
    }

    @Test
    void every_page_has_a_main_landmark_a_skip_link_and_a_footer_with_the_legal_pages() {
        navigate(HomeView.class);
        assertThat($(Main.class).id(MainLayout.MAIN_ID).getElement().getChildren())
                .anyMatch(e -> e.getComponent().orElse(null) instanceof HomeView);
        assertThat($(Anchor.class).id("skip-link").getText()).isEqualTo("Aller au contenu");
        Footer footer = $(Footer.class).id("agora-footer");
        assertThat($(RouterLink.class).from(footer).all()).extracting(RouterLink::getHref)
                .contains("accessibilite", "mentions-legales", "confidentialite", "plan-du-site", "aide");
        for (Class<? extends AgoraView> page : java.util.List.of(AccessibilityView.class, LegalNoticeView.class,
                HelpView.class, SiteMapView.class)) {
            AgoraView view = navigate(page);
            assertThat(view.getPageTitle()).doesNotContain("!");
            assertThat(view.getElement().getTextRecursively()).doesNotContain("!");
        }
    }

    @Test
    void the_accessibility_statement_gives_the_level_the_checks_and_a_contact() {
        AccessibilityView view = navigate(AccessibilityView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("partiellement conforme").contains("RGAA").contains("axe-core")
                .contains("clavier").contains("Défenseur des droits");
        assertThat($(Anchor.class).from(view).all()).anyMatch(a -> a.getHref().startsWith("mailto:"));
    }

    @Test
    void the_site_map_is_built_from_the_navigation_contributions() {
        SiteMapView view = navigate(SiteMapView.class);
        assertThat(view.pages.getChildren().map(item -> item.getChildren().findFirst().orElseThrow().getElement()
                .getAttribute("href")).toList()).contains("", "territoires", "conseils", "marches", "login", "inscription");
    }

    @Test
    void each_territory_links_to_what_the_features_offer_there() {
        TerritoriesView view = navigate(TerritoriesView.class);
        assertThat(view.grid.rowCount()).isEqualTo(7);
        assertThat($(RouterLink.class).from(view.grid).all()).extracting(RouterLink::getHref)
                .contains("marches/territoire/QPV-ETOUVIE");
    }

    @Test
    void the_first_of_the_month_is_1er_in_french() {
        assertThat(Dates.longDate(java.time.LocalDate.of(2026, 12, 1), Locale.FRENCH)).isEqualTo("1er décembre 2026");
        assertThat(Dates.longDate(java.time.LocalDate.of(2026, 12, 2), Locale.FRENCH)).isEqualTo("2 décembre 2026");
        assertThat(Dates.longDate(java.time.LocalDate.of(2026, 12, 1), Locale.ENGLISH)).isEqualTo("December 1, 2026");
    }

    @Test
    void anonymous_visitors_find_se_connecter_in_the_drawer() {
        navigate(HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Se connecter", "Créer un compte");
        assertThat($(RouterLink.class).from($(Paragraph.class).id("home-links")).all()).extracting(RouterLink::getHref)
                .contains("inscription");
    }

    @Test
    @WithMockUser(username = RESIDENT, roles = "RESIDENT")
    void signed_in_residents_are_not_offered_to_create_an_account() {
        account(RESIDENT, "fr");
        navigate(HomeView.class);
        assertThat($(RouterLink.class).from($(Paragraph.class).id("home-links")).all()).extracting(RouterLink::getHref)
                .contains("mon-espace").doesNotContain("inscription");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Créer mon compte");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Se connecter");
    }

    @Test
    void registration_reports_every_error_at_once_on_its_field() {
        RegisterView view = navigate(RegisterView.class);
        test(view.email).setValue("pas-une-adresse");
        test(view.password).setValue("court");
        test(view.confirm).setValue("autre");
        test(view.submit).click();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("n'est pas valide");
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).contains("Indiquez un nom");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("au moins 10 caractères");
        assertThat(view.confirm.isInvalid()).isTrue();
        assertThat(view.consent.isInvalid()).isTrue();
        assertThat(view.consent.getErrorMessage()).contains("accepter la notice");
        assertThat($(Paragraph.class).withId("register-done").exists()).isFalse();
    }

    @Test
    void switching_language_keeps_a_half_filled_form() {
        RegisterView view = navigate(RegisterView.class);
        test(view.email).setValue("moitie@exemple.fr");
        test(view.name).setValue("Awa");
        test(view.password).setValue("Secret-Non-Garde-2026");
        test($(Button.class).id("language-switch")).click();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        // the switch reloads the page: a new view of the same address (browserless may not reload: come back then)
        RegisterView reloaded = getCurrentView() instanceof RegisterView r && r != view ? r : reopen();
        assertThat(reloaded.getPageTitle()).isEqualTo("Create an account — Agora");
        assertThat(reloaded.email.getValue()).isEqualTo("moitie@exemple.fr");
        assertThat(reloaded.name.getValue()).isEqualTo("Awa");
        assertThat(reloaded.password.getValue()).isEmpty(); // never kept
    }

    private RegisterView reopen() {
        navigate(HomeView.class);
        return navigate(RegisterView.class);
    }

    @Test
    void the_profiles_language_wins_over_the_sessions() {
        account("anglophone@exemple.fr", "en");
        LocaleInitListener.choose(Locale.FRENCH);
        assertThat(As.user("anglophone@exemple.fr", () -> locales.initialLocale(), "RESIDENT")).isEqualTo(Locale.ENGLISH);
        // the session now follows the profile, and an anonymous page keeps it
        assertThat(As.anonymous(() -> locales.initialLocale())).isEqualTo(Locale.ENGLISH);
        account("anglophone@exemple.fr", "fr");
        assertThat(As.user("anglophone@exemple.fr", () -> locales.initialLocale(), "RESIDENT")).isEqualTo(Locale.FRENCH);
    }

    @Test
    @WithMockUser(username = "supprime-vue@exemple.fr", roles = "RESIDENT")
    void the_deletion_dialog_keeps_a_wrong_password_on_the_field_and_confirms_the_deletion() {
        account("supprime-vue@exemple.fr", "fr");
        navigate(ProfileView.class);
        test($(Button.class).id("profile-delete")).click();
        Dialog dialog = $(Dialog.class).id("profile-delete-dialog");
        PasswordField password = $(PasswordField.class).from(dialog).id("profile-delete-password");
        test(password).setValue("mauvais-mot-de-passe");
        test($(Button.class).from(dialog).id("profile-delete-confirm")).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("incorrect");
        assertThat(users.findByEmail("supprime-vue@exemple.fr")).isPresent();

        test(password).setValue(PASSWORD);
        test($(Button.class).from(dialog).id("profile-delete-confirm")).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat($(Paragraph.class).from(dialog).id("profile-delete-done").getText()).contains("a été supprimé");
        assertThat(users.findByEmail("supprime-vue@exemple.fr")).isEmpty();
    }
}
