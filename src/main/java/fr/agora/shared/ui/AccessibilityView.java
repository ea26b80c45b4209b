package fr.agora.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The déclaration d'accessibilité required by the RGAA: the conformity level claimed, the results of our automated
 * and manual checks, what is known not to conform, and how to report a barrier (and to appeal).
 */
@Route(value = "accessibilite", layout = MainLayout.class)
@AnonymousAllowed
public class AccessibilityView extends TextPageView {

    public AccessibilityView(@Value("${agora.contact.email:${agora.mail.from}}") String contact) {
        add(new Paragraph(getTranslation("a11y.intro")));
        section("a11y-status", "a11y.status.title", "a11y.status");
        section("a11y-results", "a11y.results.title", "a11y.results")
                .add(list("a11y.results.automated", "a11y.results.manual", "a11y.results.phones"));
        section("a11y-known", "a11y.known.title")
                .add(list("a11y.known.maps", "a11y.known.pdf", "a11y.known.audit"));
        section("a11y-contact", "a11y.contact.title", "a11y.contact")
                .add(new Paragraph(new Anchor("mailto:" + contact, contact)));
        section("a11y-appeal", "a11y.appeal.title", "a11y.appeal")
                .add(new Paragraph(new Anchor("https://formulaire.defenseurdesdroits.fr/", getTranslation("a11y.appeal.link"))));
        add(new Paragraph(getTranslation("a11y.date")));
    }

    @Override
    protected String titleKey() {
        return "a11y.title";
    }
}
