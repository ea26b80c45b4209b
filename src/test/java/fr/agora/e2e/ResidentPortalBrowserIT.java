package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A resident on a phone: unknown addresses, the header, the home page, "Mon espace". */
@AgoraBrowserTest
class ResidentPortalBrowserIT {

    static final String RESIDENT = "habitante-portail-e2e@exemple.fr";
    static final String PASSWORD = "Portail-Habitant-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    fr.agora.shared.notify.Notifier notifier;
    @Autowired
    fr.agora.shared.notify.service.NotificationPreferences preferences;
    @Autowired
    com.icegreen.greenmail.util.GreenMail greenMail;

    void resident() {
        account(RESIDENT, "fr");
    }

    void account(String email, String locale) {
        UserAccount u = users.findByEmail(email).orElseGet(() -> {
            UserAccount n = new UserAccount(email, "Habitante Portail", encoder.encode(PASSWORD), Instant.now());
            n.verifyEmail();
            n.grant(Role.RESIDENT);
            return n;
        });
        u.updateProfile(u.getDisplayName(), null, locale);
        users.save(u);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"360,740", "1280,800"})
    void the_legal_pages_and_my_space_fit_and_pass_axe(int width, int height) {
        resident();
        try (Browser b = new Browser(port, width, height)) {
            for (String page : new String[] {"/accessibilite", "/mentions-legales", "/plan-du-site", "/aide"}) {
                b.open(page);
                b.assertAccessible(page + " " + width);
                assertThat(b.driver().findElements(By.cssSelector("main#agora-main"))).hasSize(1);
                assertThat(b.driver().findElements(By.cssSelector("#agora-footer a"))).hasSizeGreaterThanOrEqualTo(5);
            }
            b.login(RESIDENT, PASSWORD);
            b.open("/mon-espace");
            b.assertAccessible("mon espace " + width);
            b.open("/");
            assertThat(b.driver().findElement(By.id("home-links")).getText()).doesNotContain("Créer mon compte");
        }
    }

    @Test
    void the_header_on_a_phone_has_named_targets_of_44_px_a_skip_link_and_whole_titles() {
        try (Browser b = new Browser(port, 360, 740)) {
            b.open("/accessibilite");
            for (WebElement control : b.driver().findElements(By.cssSelector(".agora-header vaadin-button, .agora-header vaadin-drawer-toggle"))) {
                assertThat(control.getRect().getWidth()).as(control.getAttribute("id")).isGreaterThanOrEqualTo(44);
                assertThat(control.getRect().getHeight()).as(control.getAttribute("id")).isGreaterThanOrEqualTo(44);
                assertThat(control.getAttribute("aria-label")).as("nom accessible").isNotBlank();
            }
            // the menu and the portal's name are words on a phone too, and every header button shows its text
            assertThat(b.driver().findElement(By.id("nav-menu")).getText()).contains("Menu");
            WebElement brand = b.driver().findElement(By.id("header-brand"));
            assertThat(brand.isDisplayed()).isTrue();
            assertThat(brand.getText()).isEqualTo("Agora");
            for (WebElement button : b.driver().findElements(By.cssSelector(".agora-header vaadin-button"))) {
                assertThat(button.getText()).as(button.getAttribute("id")).isNotBlank();
                String name = button.getAttribute("aria-label").toLowerCase(java.util.Locale.ROOT);
                assertThat(name).as("le texte visible fait partie du nom accessible")
                        .contains(button.getText().strip().toLowerCase(java.util.Locale.ROOT));
            }
            b.assertNoHorizontalScroll();
            // the title is shown whole, not cut with an ellipsis
            WebElement title = b.driver().findElement(By.cssSelector(".agora-view-title"));
            assertThat(title.getText()).isEqualTo("Déclaration d'accessibilité");
            Object cut = b.driver().executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth + 1;", title);
            assertThat(cut).isEqualTo(false);
            // the skip link is the first stop of the keyboard and moves the focus to the main landmark
            b.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(b.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("skip-link");
            b.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            assertThat(b.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("agora-main");
            // "Se connecter" is in the drawer
            b.click("vaadin-drawer-toggle");
            assertThat(b.driver().findElements(By.cssSelector("vaadin-side-nav-item[path='login']"))).isNotEmpty();
        }
    }

    @Test
    void the_profiles_language_holds_after_a_reload_and_a_new_login() {
        account("anglophone-e2e@exemple.fr", "en");
        try (Browser b = new Browser(port, 1280, 800)) {
            b.login("anglophone-e2e@exemple.fr", PASSWORD);
            b.open("/profil");
            assertThat(b.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(b.driver().getTitle()).isEqualTo("My account — Agora");
            b.driver().navigate().refresh();
            b.waitForVaadin();
            assertThat(b.driver().getTitle()).isEqualTo("My account — Agora");
        }
    }

    @Test
    void unknown_addresses_give_the_portals_own_404_signed_in_or_not() throws Exception {
        for (String path : new String[] {"/pleniere-inconnue", "/page-inconnue-xyz", "/conseils/a/b/c/inconnu"}) {
            HttpResponse<String> r = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(404);
        }
        // a known page keeps its 200
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/aide"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        resident();
        try (Browser b = new Browser(port, 360, 740)) {
            b.open("/page-inconnue-xyz");
            assertThat(b.driver().getTitle()).isEqualTo("Page introuvable — Agora");
            assertThat(b.driver().findElements(By.cssSelector("vaadin-side-nav"))).isNotEmpty();
            b.login(RESIDENT, PASSWORD);
            for (String path : new String[] {"/pleniere-inconnue", "/conseils/a/b/c/inconnu"}) {
                b.open(path);
                assertThat(b.driver().getTitle()).as(path).isEqualTo("Page introuvable — Agora");
                Object status = b.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {redirect: 'manual', headers: {Accept: 'text/html'}}).then(r => done(r.status));", path);
                assertThat(((Number) status).intValue()).as(path).isEqualTo(404);
                b.assertAccessible("404 " + path);
            }
        }
    }

    @Test
    void a_resident_chooses_a_notification_on_a_phone_and_unsubscribes_from_the_mail_without_an_account() {
        String email = "notifications-e2e-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@exemple.fr";
        account(email, "fr");
        try (Browser b = new Browser(port, 360, 740)) {
            b.login(email, PASSWORD);
            b.open("/mon-espace");
            b.click("a[href='mon-espace/notifications']");
            b.waitFor("#notify-save");
            // nothing chosen, no consent: both fields say so at once, nothing is saved
            b.click("#notify-save");
            assertThat(b.driver().findElement(By.id("notify-topic")).getAttribute("invalid")).isNotNull();
            assertThat(b.driver().findElement(By.id("notify-consent")).getAttribute("invalid")).isNotNull();
            assertThat(b.text("#notify-current")).contains("aucune notification");
            b.assertAccessible("notifications 360");
            // the choice itself (the combo box's keyboard selection is covered by the view's own test)
            fr.agora.support.As.user(email, () -> preferences.optIn(fr.agora.shared.notify.Topic.quartier("QPV-ETOUVIE"),
                    fr.agora.shared.notify.DeliveryMode.IMMEDIATE, true), Role.Names.RESIDENT);
            b.open("/mon-espace/notifications");
            b.waitFor("#notify-current vaadin-button");
            Object current = b.driver().executeScript("return document.getElementById('notify-current').textContent;");
            assertThat(String.valueOf(current)).contains("Le quartier Etouvie").contains("À chaque nouvelle");
            b.assertNoHorizontalScroll();
        }
        String marker = java.util.UUID.randomUUID().toString();
        notifier.publish(new fr.agora.shared.notify.Notice(fr.agora.shared.notify.Topic.quartier("QPV-ETOUVIE"),
                "essai " + marker, "Une nouvelle d'Etouvie " + marker, null));
        String body = fr.agora.support.Mails.lastBodyTo(greenMail, email, marker);
        String link = body.lines().filter(l -> l.contains("/desabonnement?jeton=")).findFirst().orElseThrow();
        String path = link.substring(link.indexOf("/desabonnement?jeton="));
        try (Browser b = new Browser(port, 360, 740)) {
            b.open(path);
            assertThat(b.text("#unsubscribe-message")).contains("Le quartier Etouvie");
            b.assertAccessible("désabonnement 360");
            b.click("#unsubscribe-confirm");
            assertThat(b.text("#unsubscribe-message")).startsWith("C'est fait");
            b.open(path);
            assertThat(b.text("#unsubscribe-message")).startsWith("Vous êtes déjà désabonné");
        }
    }
}
