package fr.agora.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the waits a Vaadin page needs and an axe-core check.
 * axe-core 4.14.1 (MPL-2.0) comes from the npm registry and sits in {@code src/test/resources/axe}.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("agora.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("agora.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(int port, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=fr-FR", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        baseUrl = "http://localhost:" + port;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the portal and waits until Vaadin is idle. */
    public void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    public void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + "if (!c || Object.keys(c).length === 0) return false;"
                        + "for (const k in c) { if (c[k].isActive && c[k].isActive()) return false; }"
                        + "return document.readyState === 'complete';")));
    }

    public WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    /** Types into a Vaadin text field (its slotted input) and leaves it, so the value reaches the server. */
    public void type(String fieldId, String text) {
        WebElement input = waitFor("#" + fieldId + " input");
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Scrolls the element to the middle of the screen (a phone hides much of the page) and clicks it. */
    public void click(String css) {
        WebElement element = waitFor(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    public String text(String css) {
        return waitFor(css).getText();
    }

    /**
     * Logs in through the login page's form and waits for the logged-in header. On a heavily loaded machine a login
     * has been seen to land on the home page still signed out (seen only in browser tests, cause not found: no
     * refusal in the logs); it is then tried once more, and a second failure fails the test with the page it ended on.
     */
    public void login(String email, String password) {
        if (tryLogin(email, password, Duration.ofSeconds(60))) {
            return;
        }
        System.err.println("Browser.login: " + email + " toujours déconnecté sur " + driver.getCurrentUrl()
                + " après la connexion ; nouvel essai");
        if (tryLogin(email, password, Duration.ofSeconds(60))) {
            return;
        }
        // say where the login ended, so that a failure can be understood from the report alone
        String name = "login-timeout-" + email.replaceAll("[^A-Za-z0-9]", "_") + "-" + System.currentTimeMillis();
        screenshot(name);
        String page = driver.findElement(By.tagName("body")).getText();
        throw new AssertionError("connexion de " + email + " non aboutie (deux essais) ; page " + driver.getCurrentUrl()
                + " (capture target/screenshots/" + name + ".png) : "
                + page.substring(0, Math.min(page.length(), 600)).replace('\n', ' '));
    }

    private boolean tryLogin(String email, String password, Duration patience) {
        open("/login");
        waitFor("input[name='username']").sendKeys(email);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
        waitForVaadin();
        // a login hashes the password and loads a new page: on a loaded machine it can take longer than a click
        try {
            new WebDriverWait(driver, patience).until(d -> d.findElements(By.id("logout")).stream()
                    .anyMatch(WebElement::isDisplayed) || signedOutElsewhere(d));
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
        return driver.findElements(By.id("logout")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Back on a page other than the login page with the « Se connecter » link: the login did not hold. */
    private static boolean signedOutElsewhere(WebDriver d) {
        String url = d.getCurrentUrl();
        return url != null && !url.contains("/login") && !d.findElements(By.cssSelector("a[href='login'], a[href='/login']"))
                .isEmpty() && d.findElements(By.id("logout")).isEmpty()
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !!window.Vaadin && document.readyState === 'complete';"));
    }

    /**
     * Fails when the page is wider than the window (a horizontal scroll bar on a phone): the document's width must
     * not exceed the viewport's. {@link #assertAccessible} runs it on every page it checks.
     */
    public void assertNoHorizontalScroll() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("débordement horizontal de " + driver.getCurrentUrl())
                .isLessThanOrEqualTo(1);
    }

    /**
     * Fails when a table (a Vaadin grid) scrolls sideways inside the page, hiding columns on a phone: tables must
     * wrap or become cards. Names the tables and their content widths.
     */
    @SuppressWarnings("unchecked")
    public void assertNoTableScrollsSideways(String page) {
        List<String> wide = (List<String>) driver.executeScript("return [...document.querySelectorAll('vaadin-grid')]"
                + ".filter(g => g.shadowRoot && g.shadowRoot.querySelector('#table')"
                + " && g.shadowRoot.querySelector('#table').scrollWidth > g.shadowRoot.querySelector('#table').clientWidth + 1)"
                + ".map(g => (g.getAttribute('aria-label') || g.id || 'grid') + ' ' + g.shadowRoot.querySelector('#table').scrollWidth"
                + " + ' px dans ' + g.shadowRoot.querySelector('#table').clientWidth);");
        assertThat(wide).as("tableaux qui défilent de côté sur " + page).isEmpty();
    }

    /**
     * Fails when a pin or a drawn layer of the page's first map is outside the part of the map shown (a map opened
     * directly was zoomed before it had its size).
     */
    @SuppressWarnings("unchecked")
    public void assertMapShowsEverything() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "const m = document.querySelector('agora-leaflet-map'); return !!(m && m._map && m._markers.size > 0);")));
        List<String> outside = (List<String>) driver.executeScript("const m = document.querySelector('agora-leaflet-map');"
                + "const b = m._map.getBounds(); const out = [];"
                + "m._markers.forEach((mk, id) => { if (!b.contains(mk.getLatLng())) out.push('pin ' + id); });"
                + "m._layers.forEach((l, id) => { if (l.getBounds && l.getBounds().isValid() && !b.contains(l.getBounds())) out.push('layer ' + id); });"
                + "return out;");
        assertThat(outside).as("hors de la carte affichée sur " + driver.getCurrentUrl()).isEmpty();
    }

    /**
     * Fails when an element matching {@code css} is wider than the window or than its own box (a hash, a command or a
     * table cut off on a phone).
     */
    @SuppressWarnings("unchecked")
    public void assertFitsWindow(String css) {
        List<String> wide = (List<String>) driver.executeScript("return [...document.querySelectorAll(arguments[0])]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 || e.scrollWidth > e.clientWidth + 1)"
                + ".map(e => e.localName + (e.id ? '#' + e.id : '') + ' ' + e.scrollWidth + ' px');", css);
        assertThat(wide).as("éléments plus larges que l'écran (" + css + ")").isEmpty();
    }

    /**
     * Runs axe-core on the page; fails on any serious or critical violation, listing them. Checks first that the page
     * is no wider than the window ({@link #assertNoHorizontalScroll}), so that every page checked is checked for phones.
     */
    @SuppressWarnings("unchecked")
    public void assertAccessible(String page) {
        assertComponentsLoaded(page);
        assertNoHorizontalScroll();
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({"
                        + "id: v.id, impact: v.impact, help: v.help,"
                        + "nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))).catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        List<String> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes"))
                .collect(Collectors.toList());
        assertThat(serious).as("violations axe graves sur " + page).isEmpty();
    }

    /**
     * Fails on a Vaadin element the browser never upgraded, as when the production bundle's chunk for the route was
     * built before the view used that component (the page then shows nothing where the component should be). Rebuild
     * the bundle with {@code -Dvaadin.force.production.build=true} and commit it.
     */
    public void assertComponentsLoaded(String page) {
        Object missing = driver.executeScript("return [...new Set([...document.querySelectorAll('*')]"
                + ".map(e => e.localName).filter(n => n.startsWith('vaadin-') && n !== 'vaadin-grid-cell-content'"
                + " && !customElements.get(n)))];");
        assertThat((List<?>) missing).as("composants Vaadin non chargés sur " + page).isEmpty();
    }

    /** Saves a screenshot under target/screenshots, for humans to look at. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
