package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraBrowserTest;
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
 * A marche exploratoire on a phone (360×740), in Chromium: an agent creates the walk and enrols a participant; the
 * participant places three pins by tapping the map, one with a photo; a moderator publishes them; the walk's
 * public page shows the three pins, the legend and the photo. axe-core checks every page on the way.
 */
@AgoraBrowserTest
class WalkJourneyBrowserIT {

    static final String AGENT = "agent-marche-e2e@exemple.fr";
    static final String WALKER = "marcheuse-e2e@exemple.fr";
    static final String PASSWORD = "Marche-Exploratoire-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;

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
    void create_capture_moderate_publish_and_read_on_a_phone() throws Exception {
        account(AGENT, "Agente E2E", Role.STAFF, Role.MODERATOR);
        account(WALKER, "Marcheuse E2E", Role.RESIDENT);
        long walkId;
        String title = "Marche E2E " + System.nanoTime() % 100000;

        try (Browser agent = new Browser(port, 360, 740)) {
            agent.login(AGENT, PASSWORD);
            agent.open("/marches/gestion/nouvelle");
            agent.type("walk-title", title);
            WebElement territory = agent.waitFor("#walk-territory input");
            territory.sendKeys("Etouvie");
            new WebDriverWait(agent.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
            territory.sendKeys(Keys.ENTER);
            agent.waitForVaadin();
            // the choice is made and the list closed before going on
            new WebDriverWait(agent.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("const c = document.querySelector('#walk-territory'); if (c.opened) c.opened = false;"
                            + " return !c.opened && !!c.selectedItem;")));
            agent.waitForVaadin();
            agent.type("walk-organiser", "France médiation");
            agent.assertAccessible("nouvelle marche");
            agent.assertNoHorizontalScroll();
            agent.click("#walk-save");
            new WebDriverWait(agent.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/marches/gestion/\\d+$"));
            Matcher m = Pattern.compile("/marches/gestion/(\\d+)$").matcher(agent.driver().getCurrentUrl());
            assertThat(m.find()).isTrue();
            walkId = Long.parseLong(m.group(1));
            agent.waitForVaadin();
            agent.type("walk-participant-email", WALKER);
            agent.click("#walk-participant-add");
            assertThat(agent.text("#walk-participants")).contains("Marcheuse E2E");
            agent.click("#walk-publish");
            agent.assertAccessible("gestion de la marche");
            agent.screenshot("marche-gestion-360");
        }

        try (Browser walker = new Browser(port, 360, 740)) {
            walker.login(WALKER, PASSWORD);
            walker.open("/marches/" + walkId + "/saisie");
            walker.waitFor("#capture-position agora-leaflet-map .leaflet-tile-pane");
            walker.assertAccessible("saisie");
            walker.assertNoHorizontalScroll();
            // geolocation refused: a French message sends the participant to the map
            walker.driver().executeCdpCommand("Browser.setPermission", java.util.Map.of("permission",
                    java.util.Map.of("name", "geolocation"), "setting", "denied"));
            walker.click("#capture-locate");
            new WebDriverWait(walker.driver(), Duration.ofSeconds(20)).until(d -> d.findElement(By.id("capture-position-status"))
                    .getText().contains("touchez la carte à l'endroit"));
            // geolocation granted: the phone's position places the pin
            walker.driver().executeCdpCommand("Browser.setPermission", java.util.Map.of("permission",
                    java.util.Map.of("name", "geolocation"), "setting", "granted"));
            walker.driver().executeCdpCommand("Emulation.setGeolocationOverride", java.util.Map.of("latitude", 49.9051,
                    "longitude", 2.2452, "accuracy", 10));
            walker.click("#capture-locate");
            new WebDriverWait(walker.driver(), Duration.ofSeconds(20)).until(d -> d.findElement(By.id("capture-position-status"))
                    .getText().startsWith("Position trouvée : le repère est placé sur la carte"));
            Path photo = Files.createTempFile("photo-gps-", ".jpg");
            Files.write(photo, TestImages.jpegWithGps(320, 240, 1));
            int[][] taps = {{-70, -60}, {60, -30}, {-20, 70}};
            for (int i = 0; i < taps.length; i++) {
                // the previous pin's confirmation left the page scrolled down: bring the map back
                ((JavascriptExecutor) walker.driver()).executeScript(
                        "document.querySelector('#capture-position').scrollIntoView({block: 'center'});");
                WebElement map = walker.waitFor("#capture-position agora-leaflet-map");
                ((JavascriptExecutor) walker.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", map);
                new Actions(walker.driver()).moveToElement(map, taps[i][0], taps[i][1]).click().perform();
                walker.waitForVaadin();
                assertThat(walker.text("#capture-position-status")).startsWith("Emplacement choisi");
                radio(walker, "#capture-criterion", i);
                radio(walker, "#capture-assessment", i == 1 ? 0 : 1);
                WebElement area = walker.waitFor("#capture-text textarea");
                area.clear();
                area.sendKeys("Observation " + (i + 1) + " <b>pas du HTML</b>");
                area.sendKeys(Keys.TAB);
                walker.waitForVaadin();
                assertThat(draft(walker)).contains("Observation " + (i + 1));
                if (i == 2) {
                    // the page is reloaded before sending (a lost connection, a closed tab): the draft comes back
                    walker.driver().navigate().refresh();
                    walker.waitForVaadin();
                    walker.click("#capture-draft-restore");
                    assertThat(walker.waitFor("#capture-text textarea").getAttribute("value")).isEqualTo("Observation 3 <b>pas du HTML</b>");
                    assertThat(walker.text("#capture-position-status")).startsWith("Emplacement choisi");
                    walker.assertAccessible("saisie avec brouillon");
                }
                if (i == 0) {
                    WebElement input = walker.driver().findElement(By.cssSelector("#capture-photo"))
                            .getShadowRoot().findElement(By.cssSelector("input[type=file]"));
                    input.sendKeys(photo.toAbsolutePath().toString());
                    new WebDriverWait(walker.driver(), Duration.ofSeconds(20))
                            .until(d -> d.findElement(By.id("capture-photo-status")).getText().contains("1 photo"));
                }
                walker.click("#capture-submit");
                int expected = i + 1;
                new WebDriverWait(walker.driver(), Duration.ofSeconds(20)).until(d ->
                        d.findElements(By.cssSelector("#capture-mine li")).size() == expected
                                && !d.findElement(By.id("capture-mine")).getText().contains("Aucune observation"));
            }
            assertThat(walker.text("#capture-mine")).contains("En attente de relecture").contains("1 photo(s)");
            assertThat(draft(walker)).as("brouillon effacé après envoi").isNull();
            walker.screenshot("marche-saisie-360");
            Files.deleteIfExists(photo);
        }

        try (Browser moderator = new Browser(port, 360, 740)) {
            moderator.login(AGENT, PASSWORD);
            moderator.open("/marches/moderation");
            moderator.assertAccessible("modération");
            moderator.assertNoHorizontalScroll();
            clickFirst(moderator, "[id^='moderation-photo-publish-']");
            for (int i = 0; i < 3; i++) {
                clickFirst(moderator, "[id^='moderation-publish-']");
            }
            assertThat(moderator.driver().findElements(By.cssSelector("[id^='moderation-publish-']"))).isEmpty();
            moderator.open("/marches/gestion/" + walkId);
            moderator.click("#walk-state-next");
            assertThat(moderator.text("#walk-state-text")).contains("Réflexion collective");
        }

        try (Browser visitor = new Browser(port, 360, 740)) {
            visitor.open("/marches/" + walkId);
            visitor.waitFor("agora-leaflet-map .agora-pin-icon");
            assertThat(visitor.driver().getTitle()).isEqualTo(title + " — Agora");
            List<WebElement> pins = visitor.driver().findElements(By.cssSelector("agora-leaflet-map .agora-pin-icon"));
            assertThat(pins).hasSize(3);
            assertThat(pins.getFirst().getText()).isNotBlank();
            String page = visitor.driver().findElement(By.tagName("body")).getText();
            assertThat(page).contains("Légende").contains("Losange : une faiblesse").contains("Observation 2 <b>pas du HTML</b>")
                    .contains("Réflexion collective").doesNotContain("Marcheuse");
            WebElement img = visitor.waitFor("img.agora-photo");
            ((JavascriptExecutor) visitor.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", img);
            new WebDriverWait(visitor.driver(), Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].naturalWidth;", img)).intValue() > 0);
            visitor.assertAccessible("page publique de la marche");
            visitor.assertNoHorizontalScroll();
            visitor.screenshot("marche-publique-360");
            ((JavascriptExecutor) visitor.driver()).executeScript(
                    "document.querySelector('agora-leaflet-map').scrollIntoView({block: 'start'});");
            visitor.screenshot("marche-carte-360");
            visitor.open("/marches/territoire/QPV-ETOUVIE");
            assertThat(visitor.driver().findElement(By.tagName("body")).getText()).contains(title);
            visitor.assertAccessible("marches du territoire");
            visitor.open("/marches");
            visitor.assertAccessible("marches");
            visitor.assertNoHorizontalScroll();
        }
    }

    /** The capture form's local draft, as the browser keeps it. */
    static String draft(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i);"
                        + " if (k.startsWith('agora.walk-draft.')) return localStorage.getItem(k); } return null;");
    }

    /** Scrolls to the first element matching {@code css} and clicks it. */
    static void clickFirst(Browser browser, String css) {
        WebElement e = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
        browser.waitForVaadin();
    }

    /** Picks the n-th option of a Vaadin radio group. */
    static void radio(Browser browser, String group, int index) {
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector(group + " vaadin-radio-button input"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", inputs.get(index));
        browser.waitForVaadin();
    }
}
