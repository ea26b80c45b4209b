package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.budget.service.BudgetFixtures;
import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionForm;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.ReviewService;
import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.As;
import fr.agora.support.Browser;
import fr.agora.walks.service.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The budget participatif in Chromium: a resident proposes a project from a 360×740 phone (map tap, photo,
 * deposit) and finds it on the public list and map; staff assign it and the service's reviewer answers at
 * 1280×800; a commission member passes it at 1280×800. axe-core checks every page on the way.
 */
@AgoraBrowserTest
class BudgetJourneyBrowserIT {

    static final String STAFF = "agent-budget-e2e@exemple.fr";
    static final String RESIDENT = "porteuse-e2e@exemple.fr";
    static final String REVIEWER = "voirie-e2e@exemple.fr";
    static final String MEMBER = "commission-e2e@exemple.fr";
    static final String PASSWORD = "Budget-Participatif-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    EditionService editions;
    @Autowired
    ReviewService reviews;

    void account(String email, String name, Role... roles) {
        if (users.findByEmail(email).isEmpty()) {
            UserAccount u = new UserAccount(email, name, encoder.encode(PASSWORD), Instant.now());
            u.verifyEmail();
            for (Role r : roles) {
                u.grant(r);
            }
            users.save(u);
        }
    }

    @Test
    void propose_on_a_phone_then_review_and_decide_on_a_desktop() throws Exception {
        account(STAFF, "Agente budget E2E", Role.STAFF);
        account(RESIDENT, "Porteuse E2E", Role.RESIDENT);
        account(REVIEWER, "Voirie E2E", Role.SERVICE_REVIEWER);
        account(MEMBER, "Membre commission E2E", Role.RESIDENT);
        int year = 2099 - (int) (System.nanoTime() % 20);
        EditionData edition = As.user(STAFF, () -> {
            EditionData e = editions.create(new EditionForm(year, "Budget participatif E2E " + year, 1_000_000, 21,
                    List.of(new EditionForm.EnvelopeInput("CLASSES", "Classes citoyennes", EnvelopeKind.CLASSES, null, 30_000)),
                    BudgetFixtures.phases(BudgetFixtures.today())));
            long voirie = reviews.services().stream().filter(s -> s.code().equals("VOIRIE")).findFirst().orElseThrow().id();
            reviews.addReviewer(voirie, REVIEWER);
            return editions.addCommissionMember(e.id(), MEMBER);
        }, Role.Names.STAFF);
        String title = "Aire de jeux E2E " + System.nanoTime() % 100000;
        long proposalId;

        try (Browser phone = new Browser(port, 360, 740)) {
            phone.open("/budget/" + edition.id());
            assertThat(phone.text("#budget-timeline")).contains("Dépôt des propositions").contains("en cours");
            phone.assertAccessible("édition du budget participatif");
            phone.assertNoHorizontalScroll();
            phone.login(RESIDENT, PASSWORD);
            phone.open("/budget/editions/" + edition.id() + "/proposer");
            phone.waitFor("#budget-location agora-leaflet-map .leaflet-tile-pane");
            phone.assertAccessible("proposer un projet");
            phone.assertNoHorizontalScroll();
            phone.type("budget-title", title);
            WebElement description = phone.waitFor("#budget-description textarea");
            description.sendKeys("Des jeux pour les petits au pied des immeubles.");
            description.sendKeys(Keys.TAB);
            phone.waitForVaadin();
            assertThat(phone.text("#budget-draft-status")).isEqualTo("Brouillon enregistré.");
            radio(phone, "#budget-category", 0);
            WebElement map = phone.waitFor("#budget-location agora-leaflet-map");
            ((JavascriptExecutor) phone.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", map);
            new Actions(phone.driver()).moveToElement(map, 10, 10).click().perform();
            phone.waitForVaadin();
            new WebDriverWait(phone.driver(), Duration.ofSeconds(10)).until(d -> !d.findElement(By.cssSelector("#geopoint-lat input"))
                    .getAttribute("value").isBlank());
            phone.type("budget-cost-field", "25000");
            phone.click("#budget-investment");
            Path photo = Files.createTempFile("photo-budget-", ".jpg");
            Files.write(photo, TestImages.jpegWithGps(320, 240, 1));
            WebElement input = phone.driver().findElement(By.cssSelector("#budget-photo")).getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"));
            input.sendKeys(photo.toAbsolutePath().toString());
            new WebDriverWait(phone.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("budget-photo-status")).getText().contains("1 photo"));
            Files.deleteIfExists(photo);
            phone.screenshot("budget-proposer-360");
            phone.click("#budget-submit");
            new WebDriverWait(phone.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/budget/propositions/\\d+$"));
            Matcher m = Pattern.compile("/budget/propositions/(\\d+)$").matcher(phone.driver().getCurrentUrl());
            assertThat(m.find()).isTrue();
            proposalId = Long.parseLong(m.group(1));
            phone.open("/budget/propositions/" + proposalId);
            assertThat(phone.text("#budget-status")).contains("Déposée");
            WebElement img = phone.waitFor("img.agora-photo");
            ((JavascriptExecutor) phone.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", img);
            new WebDriverWait(phone.driver(), Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].naturalWidth;", img)).intValue() > 0);
            phone.assertAccessible("page de la proposition");
            phone.assertNoHorizontalScroll();
            phone.screenshot("budget-proposition-360");
            phone.open("/budget/editions/" + edition.id() + "/propositions");
            phone.waitFor("agora-leaflet-map .leaflet-marker-icon, agora-leaflet-map .marker-cluster, agora-leaflet-map .agora-pin-icon");
            assertThat(phone.text("#budget-proposals")).contains(title).contains("Coordonnées");
            phone.assertAccessible("liste et carte des propositions");
            phone.assertNoHorizontalScroll();
        }

        try (Browser desk = new Browser(port, 1280, 800)) {
            desk.login(STAFF, PASSWORD);
            desk.open("/budget/faisabilite");
            desk.assertAccessible("affectation aux services");
            WebElement service = desk.waitFor("#budget-service-" + proposalId + " input");
            service.sendKeys("voirie");
            new WebDriverWait(desk.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
            // the typed text only filters the list: the filtered item is chosen with the arrow key, as a keyboard
            // user does (Enter alone selects only an exact label)
            service.sendKeys(Keys.ARROW_DOWN);
            service.sendKeys(Keys.ENTER);
            desk.waitForVaadin();
            // the choice is made and the list closed before going on (an open list covers the button)
            String combo = "#budget-service-" + proposalId;
            new WebDriverWait(desk.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("const c = document.querySelector(arguments[0]); if (c.opened) c.opened = false;"
                            + " return !c.opened && !!c.selectedItem;", combo)));
            desk.waitForVaadin();
            desk.click("#budget-assign-" + proposalId);
            new WebDriverWait(desk.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(By.id("budget-review-board"))
                    .getText().contains("confiée à Direction de la voirie"));
            desk.assertNoHorizontalScroll();
        }

        try (Browser desk = new Browser(port, 1280, 800)) {
            desk.login(REVIEWER, PASSWORD);
            desk.open("/budget/faisabilite");
            desk.waitFor("#budget-outcome-" + proposalId);
            desk.assertAccessible("analyse de faisabilité");
            desk.assertNoHorizontalScroll();
            radio(desk, "#budget-outcome-" + proposalId, 0);
            desk.type("budget-service-cost-" + proposalId, "27000");
            desk.click("#budget-review-save-" + proposalId);
            new WebDriverWait(desk.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
                    By.id("budget-outcome-" + proposalId)).isEmpty());
            desk.screenshot("budget-faisabilite-1280");
        }

        try (Browser desk = new Browser(port, 1280, 800)) {
            desk.login(MEMBER, PASSWORD);
            desk.open("/budget/commission");
            WebElement reason = desk.waitFor("#budget-decision-reason-" + proposalId + " textarea");
            desk.assertAccessible("commission citoyenne");
            desk.assertNoHorizontalScroll();
            reason.sendKeys("Très attendu par les familles");
            reason.sendKeys(Keys.TAB);
            desk.waitForVaadin();
            desk.click("#budget-pass-" + proposalId);
            new WebDriverWait(desk.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(By.id("budget-agenda"))
                    .getText().contains("Retenue par la commission"));
            desk.screenshot("budget-commission-1280");
            desk.open("/budget/propositions/" + proposalId);
            assertThat(desk.text("#budget-history")).contains("Décision de la commission citoyenne : Très attendu par les familles");
            assertThat(desk.text("#budget-cost").replace('\u202f', ' ').replace('\u00a0', ' ')).contains("27 000 €");
        }
    }

    static void radio(Browser browser, String group, int index) {
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector(group + " vaadin-radio-button input"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", inputs.get(index));
        browser.waitForVaadin();
    }
}
