package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.Browser;
import fr.agora.support.Mails;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A resident's first visit in a real browser: register, verify by the mailed link, log in, open the profile. */
@AgoraBrowserTest
class AccountJourneyBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    GreenMail greenMail;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"360,740", "1280,800"})
    void register_verify_login_and_profile(int width, int height) {
        String email = "e2e-" + width + "-" + UUID.randomUUID().toString().substring(0, 6) + "@exemple.fr";
        String password = "Marche-Exploratoire-2026";
        try (Browser browser = new Browser(port, width, height)) {
            browser.open("/inscription");
            browser.assertAccessible("inscription " + width);
            browser.assertNoHorizontalScroll();
            browser.type("register-email", email);
            browser.type("register-name", "Camille E2E");
            browser.type("register-password", password);
            browser.type("register-confirm", password);
            browser.click("#register-consent");
            browser.click("#register-submit");
            assertThat(browser.text("#register-done")).contains(email);
            browser.screenshot("inscription-" + width);

            String token = Mails.token(Mails.lastBodyTo(greenMail, email, "/verification?jeton="), "/verification");
            browser.open("/verification?jeton=" + token);
            assertThat(browser.text("#verify-result")).contains("confirmée");
            browser.assertAccessible("vérification " + width);

            browser.open("/login");
            browser.assertAccessible("connexion " + width);
            browser.login(email, password);

            browser.open("/profil");
            assertThat(browser.text("#profile-email")).contains(email);
            browser.assertAccessible("profil " + width);
            browser.assertNoHorizontalScroll();
            browser.screenshot("profil-" + width);
        }
    }
}
