package fr.agora.e2e.pages;

import fr.agora.support.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The draw ceremony page ({@code /conseils/tirages}) as a draw operator uses it, step by step: what the tests say
 * ("import this file", "freeze", "the woman declines") rather than which element to click.
 */
public final class DrawCeremonyPage {

    private final Browser b;

    public DrawCeremonyPage(Browser b) {
        this.b = b;
    }

    /** Opens the ceremony of a council (chosen by its slug). */
    public static DrawCeremonyPage open(Browser b, String councilSlug) {
        b.open("/conseils/tirages?conseil=" + councilSlug);
        return new DrawCeremonyPage(b);
    }

    /** Opens a new draw: the import step appears. */
    public DrawCeremonyPage openDraw() {
        b.click("#draw-open");
        b.waitFor("#draw-upload");
        return this;
    }

    /** Chooses a file: its columns are read and the mapping form appears. */
    public DrawCeremonyPage chooseFile(Path file) {
        WebElement input = b.driver().findElement(By.cssSelector("#draw-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(b.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("vaadin-select")).size() > 5);
        b.waitForVaadin();
        return this;
    }

    /** Imports the chosen file; returns the import report's text once the quota step appears. */
    public String importFile() {
        b.click("#draw-import");
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("draw-freeze")).isEmpty());
        return b.text("#draw-import-report");
    }

    /** Freezes the pool with the quotas shown; returns the published commitment's text. */
    public String freeze() {
        b.click("#draw-freeze");
        b.click("#draw-freeze-confirm");
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("draw-compute")).isEmpty());
        return b.text("#draw-commitment");
    }

    /** Computes the probabilities and waits (up to 3 minutes) for the draw step. */
    public DrawCeremonyPage compute() {
        b.click("#draw-compute");
        new WebDriverWait(b.driver(), Duration.ofSeconds(180)).until(d -> !d.findElements(By.id("draw-entropy")).isEmpty());
        return this;
    }

    /** Enters the witnesses' dice and names and draws. */
    public DrawCeremonyPage draw(String dice, String witnesses) {
        b.type("draw-entropy", dice);
        b.waitFor("#draw-witnesses textarea").sendKeys(witnesses);
        b.waitForVaadin();
        b.click("#draw-draw");
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> d.findElement(By.id("draw-steps")).getText()
                .contains("Tirage effectué"));
        return this;
    }

    /** One person of the list of answers as the page shows it: the first line is the name, then seat and answer. */
    public record Answer(String id, String name, String text) {
        public boolean pending() {
            return text.contains("en attente");
        }

        public boolean inOffice() {
            return pending() || text.contains("acceptée");
        }
    }

    /**
     * The answers in page order, in one round trip. innerText, not getText(): Selenium leaves out the lines that a
     * phone's sticky header scrolls over.
     */
    public List<Answer> answers() {
        b.waitFor("#draw-responses");
        List<?> rows = (List<?>) b.driver().executeScript("return [...document.querySelectorAll('#draw-responses > li')]"
                + ".map(li => [li.id, li.innerText.trim()]);");
        return rows.stream().map(r -> (List<?>) r).map(r -> {
            String text = String.valueOf(r.get(1));
            return new Answer(String.valueOf(r.get(0)), text.lines().findFirst().orElse(""), text);
        }).toList();
    }

    /** The first answer that matches. */
    public Answer answer(Predicate<Answer> which) {
        return answers().stream().filter(which).findFirst().orElseThrow(() -> new AssertionError(
                "aucune réponse ne correspond dans " + answers()));
    }

    /** The answer of this person. */
    public Answer answerOf(String id) {
        return answer(a -> a.id().equals(id));
    }

    /** Taps "Refuse" for this person, then confirms it (today, nothing said). */
    public void declines(Answer a) {
        b.click("#draw-responses vaadin-button[aria-label='" + a.name() + " refuse']");
        try {
            b.click("#draw-confirm-ok");
        } catch (RuntimeException e) {
            b.screenshot("draw-declines-no-dialog");
            throw new AssertionError("pas de confirmation du refus de " + a.name() + " ; page : "
                    + b.driver().findElement(By.tagName("body")).getText().replace('\n', ' '), e);
        }
    }

    /** Taps "Injoignable" for this person, then confirms it with the attempts made. */
    public void unreachable(Answer a) {
        b.click("#draw-responses vaadin-button[aria-label='" + a.name() + " est injoignable']");
        b.waitFor("#draw-confirm-note textarea").sendKeys("Trois appels, un courriel");
        b.click("#draw-confirm-ok");
    }

    /** Whether this person's answer buttons are gone. */
    public boolean answered(Answer a) {
        return b.driver().findElements(By.cssSelector("#" + a.id() + " vaadin-button")).isEmpty();
    }

    /** The id of the element that has the keyboard focus, or its label for a button. */
    public String focused() {
        WebElement e = b.driver().switchTo().activeElement();
        String label = e.getAttribute("aria-label");
        return label != null && !label.isEmpty() ? label : e.getAttribute("id");
    }

    /** Presses keys (Tab, Space...) where the focus is. */
    public void press(CharSequence... keys) {
        new Actions(b.driver()).sendKeys(keys).perform();
        b.waitForVaadin();
    }

    public static final CharSequence TAB = Keys.TAB;
    public static final CharSequence SPACE = Keys.SPACE;

    /** Waits for a notification (announced to screen readers) that contains this text. */
    public void assertNotified(String text) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).withMessage("notification « " + text + " »")
                .until(d -> String.valueOf(b.driver().executeScript("return [...document.querySelectorAll("
                        + "'vaadin-notification-card')].map(c => c.textContent).join(' | ');")).contains(text));
    }

    /** The text of the steps. */
    public String steps() {
        return b.text("#draw-steps");
    }

    /** The page's whole text. */
    public String text() {
        return b.driver().findElement(By.tagName("body")).getText();
    }
}
