package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.Browser;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Every main page, at phone and desktop sizes: it renders, fits the screen, and passes axe-core. */
@AgoraBrowserTest
class PublicPagesBrowserIT {

    static final String ADMIN = "admin-e2e@exemple.fr";
    static final String PASSWORD = "Conseil-Citoyen-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"360,740", "1280,800"})
    void public_pages(int width, int height) {
        try (Browser browser = new Browser(port, width, height)) {
            for (String page : new String[] {"/", "/territoires", "/inscription", "/login", "/confidentialite",
                    "/mot-de-passe-oublie", "/page-inconnue-xyz"}) {
                browser.open(page);
                browser.assertAccessible(page + " " + width);
                browser.assertNoHorizontalScroll();
            }
            browser.open("/territoires");
            assertThat(browser.driver().findElements(By.cssSelector("agora-leaflet-map .leaflet-marker-icon"))).hasSize(7);
            browser.screenshot("territoires-" + width);
            browser.open("/");
            assertThat(browser.driver().getTitle()).isEqualTo("Accueil — Agora");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
            browser.screenshot("accueil-" + width);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"360,740", "1280,800"})
    void admin_pages(int width, int height) {
        if (users.findByEmail(ADMIN).isEmpty()) {
            UserAccount admin = new UserAccount(ADMIN, "Admin E2E", encoder.encode(PASSWORD), Instant.now());
            admin.verifyEmail();
            admin.grant(Role.ADMIN);
            users.save(admin);
        }
        try (Browser browser = new Browser(port, width, height)) {
            browser.login(ADMIN, PASSWORD);
            for (String page : new String[] {"/admin/utilisateurs", "/admin/territoires", "/admin/journal", "/admin/courriels", "/profil"}) {
                browser.open(page);
                browser.assertAccessible(page + " " + width);
                browser.screenshot(page.substring(1).replace('/', '-') + "-" + width);
            }
            browser.open("/admin/journal");
            assertThat(browser.driver().getPageSource()).contains("LOGIN");
        }
    }
}
