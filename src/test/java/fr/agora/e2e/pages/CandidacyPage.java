package fr.agora.e2e.pages;

import fr.agora.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The calls of a council and the resident's candidacy form ({@code /conseils/<slug>/candidater}). */
public final class CandidacyPage {

    private final Browser b;
    private final String councilSlug;

    private CandidacyPage(Browser b, String councilSlug) {
        this.b = b;
        this.councilSlug = councilSlug;
    }

    /** Opens the list of a council's calls. */
    public static CandidacyPage calls(Browser b, String councilSlug) {
        b.open("/conseils/" + councilSlug + "/candidater");
        return new CandidacyPage(b, councilSlug);
    }

    /** The page's whole text. */
    public String text() {
        return b.text("body");
    }

    /** Follows the link to one call's form. */
    public CandidacyPage openCall(long callId) {
        b.click("a[href='conseils/" + councilSlug + "/candidater/" + callId + "']");
        b.waitFor("#candidacy-last-name");
        return this;
    }

    /** Fills the resident's form: name, sex (the first choice), birth date (dd/MM/yyyy), address and e-mail. */
    public CandidacyPage fillResident(String last, String first, String birthDate, String address, String postcode,
            String email) {
        b.type("candidacy-last-name", last);
        b.type("candidacy-first-name", first);
        b.click("#candidacy-sex vaadin-radio-button");
        b.type("candidacy-birth-date", birthDate);
        b.type("candidacy-address", address);
        b.type("candidacy-postcode", postcode);
        b.type("candidacy-email", email);
        return this;
    }

    /** Ticks "I live in the quartier" and the consent, by keyboard (Space on each box). */
    public List<Boolean> tickBoxesByKeyboard() {
        return java.util.stream.Stream.of("candidacy-resides", "candidacy-consent").map(box -> {
            WebElement input = b.driver().findElement(By.cssSelector("#" + box + " input"));
            ((JavascriptExecutor) b.driver()).executeScript("arguments[0].focus();", input);
            new Actions(b.driver()).sendKeys(Keys.SPACE).perform();
            b.waitForVaadin();
            return input.isSelected();
        }).toList();
    }

    /** Sends the form; returns the errors shown (empty when none). */
    public List<String> submit() {
        b.click("#candidacy-submit");
        return b.driver().findElements(By.id("candidacy-error")).stream().map(WebElement::getText)
                .filter(t -> !t.isEmpty()).toList();
    }

    /** The acknowledgement shown after sending. */
    public String receipt() {
        return b.text("#candidacy-receipt");
    }
}
