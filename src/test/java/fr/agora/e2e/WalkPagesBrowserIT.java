package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.Browser;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.support.As;
import fr.agora.walks.service.ObservationData;
import fr.agora.walks.service.ObservationService;
import fr.agora.walks.service.RecommendationData;
import fr.agora.walks.service.RecommendationForm;
import fr.agora.walks.service.RecommendationService;
import fr.agora.walks.service.TestImages;
import fr.agora.walks.service.WalkFixtures;
import fr.agora.walks.service.WalkService;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Every walks page, for the public, staff and a partner, at phone and desktop sizes: it fits and passes axe-core. */
@AgoraBrowserTest
class WalkPagesBrowserIT {

    static final String ADMIN = "admin-marches-e2e@exemple.fr";
    static final String PARTNER = "bailleur-marches-e2e@exemple.fr";
    static final String PASSWORD = "Marche-Exploratoire-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    WalkFixtures fx;
    @Autowired
    WalkService walks;
    @Autowired
    ObservationService observations;
    @Autowired
    RecommendationService recommendations;

    void account(String email, String organisation, Role... roles) {
        if (users.findByEmail(email).isEmpty()) {
            UserAccount u = new UserAccount(email, email, encoder.encode(PASSWORD), Instant.now());
            u.verifyEmail();
            for (Role r : roles) {
                u.grant(r);
            }
            u.setOrganisation(organisation);
            users.save(u);
        }
    }

    long seed() {
        fx.accounts();
        account(ADMIN, null, Role.ADMIN, Role.STAFF, Role.MODERATOR);
        account(PARTNER, WalkFixtures.PARTNER_ORG, Role.PARTNER);
        long walk = fx.walk("Pages");
        As.user(WalkFixtures.STAFF, () -> walks.setRoute(walk, List.of(new GeoPoint(49.905, 2.244), new GeoPoint(49.906, 2.246))),
                Role.Names.STAFF);
        fx.publishWalk(walk);
        ObservationData open = fx.capture(walk, "Trottoir étroit devant l'école");
        As.user(WalkFixtures.PARTICIPANT, () -> observations.addPhoto(open.id(), TestImages.jpegWithGps(200, 150, 1)), Role.Names.RESIDENT);
        fx.publish(open.id(), false, false);
        fx.publish(fx.capture(walk, "Point sensible au pied de la tour").id(), true, false);
        fx.capture(walk, "En attente de relecture");
        RecommendationData r = As.user(WalkFixtures.STAFF, () -> recommendations.create(walk, new RecommendationForm("Élargir le trottoir",
                "Élargir le trottoir devant l'école", WalkFixtures.PARTNER_ORG, null, Set.of(open.id()))), Role.Names.STAFF);
        As.user(WalkFixtures.STAFF, () -> recommendations.changeStatus(r.id(), RecommendationStatus.TRANSMISE, null), Role.Names.STAFF);
        return walk;
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"360,740", "1280,800"})
    void walks_pages_are_accessible(int width, int height) {
        long walk = seed();
        try (Browser browser = new Browser(port, width, height)) {
            for (String page : new String[] {"/marches", "/marches/" + walk, "/marches/territoire/QPV-ETOUVIE"}) {
                check(browser, page, width);
            }
            // opened directly (a link, a bookmark) and reloaded, the map shows every pin and the route (issue 13)
            browser.open("/marches/" + walk);
            browser.assertMapShowsEverything();
            browser.driver().navigate().refresh();
            browser.waitForVaadin();
            browser.assertMapShowsEverything();
        }
        try (Browser browser = new Browser(port, width, height)) {
            browser.login(ADMIN, PASSWORD);
            for (String page : new String[] {"/marches/gestion", "/marches/gestion/" + walk, "/marches/gestion/" + walk + "/recommandations",
                    "/marches/moderation", "/admin/grille-diagnostic", "/marches/" + walk + "/saisie", "/marches/" + walk}) {
                check(browser, page, width);
            }
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Point sensible");
        }
        try (Browser browser = new Browser(port, width, height)) {
            browser.login(PARTNER, PASSWORD);
            check(browser, "/partenaire/recommandations", width);
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Élargir le trottoir");
            check(browser, "/marches/" + walk, width);
            // the walk's partner sees the internal pin, not the one awaiting review
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Point sensible")
                    .doesNotContain("En attente de relecture");
        }
    }

    private static void check(Browser browser, String page, int width) {
        browser.open(page);
        browser.assertAccessible(page + " " + width);
        browser.assertNoHorizontalScroll();
        browser.screenshot("marches" + page.replace('/', '-') + "-" + width);
    }
}
