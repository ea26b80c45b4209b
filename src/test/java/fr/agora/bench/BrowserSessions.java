package fr.agora.bench;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens N logged-in sessions on a running portal with a real (headless) Chromium: log in, open a page, wait until
 * Vaadin is idle, then drop the cookies so that the next login makes a new server session. The server sessions
 * stay alive, idle, as residents who left a tab open. Used by {@code bench/portal-bench.sh}; not a test.
 *
 * <p>Usage: {@code BrowserSessions BASE_URL N EMAIL PASSWORD}. Each session ends on the profile page, reached by the
 * header's "Mon compte" button. Prints how many sessions showed the e-mail.
 */
public final class BrowserSessions {

    private BrowserSessions() {
    }

    public static void main(String[] args) {
        String base = args[0];
        int n = Integer.parseInt(args[1]);
        String email = args[2];
        String password = args[3];
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,800");
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        int shown = 0;
        try {
            for (int i = 0; i < n; i++) {
                driver.manage().deleteAllCookies();
                driver.get(base + "/login");
                WebElement user = new WebDriverWait(driver, Duration.ofSeconds(30))
                        .until(d -> d.findElements(By.cssSelector("input[name='username']")).stream().findFirst().orElse(null));
                user.sendKeys(email);
                WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
                pass.sendKeys(password);
                pass.sendKeys(Keys.ENTER);
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("logout")).isEmpty());
                // in-app navigation, as a resident clicks "Mon compte": the same UI, no page reload
                driver.findElement(By.id("nav-profile")).click();
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                                + "if (!c || Object.keys(c).length === 0) return false;"
                                + "for (const k in c) { if (c[k].isActive && c[k].isActive()) return false; } return true;")));
                if (driver.getPageSource().contains(email)) {
                    shown++;
                }
            }
        } finally {
            driver.quit();
        }
        System.out.println(shown);
    }
}
