package fr.agora.e2e.pages;

import fr.agora.support.Browser;
import org.openqa.selenium.By;

/** The public page of a council's draws ({@code /conseils/<slug>/tirage}), as anyone reads it. */
public final class PublicDrawPage {

    private final Browser b;

    private PublicDrawPage(Browser b) {
        this.b = b;
    }

    /** Opens the page and waits for the quota table. */
    public static PublicDrawPage open(Browser b, String councilSlug) {
        b.open("/conseils/" + councilSlug + "/tirage");
        b.waitFor(".agora-table");
        return new PublicDrawPage(b);
    }

    /** The page's whole text. */
    public String text() {
        return b.driver().findElement(By.tagName("body")).getText();
    }

    /** The verification command shown for a draw. */
    public String verifyCommand() {
        return b.text("pre");
    }
}
