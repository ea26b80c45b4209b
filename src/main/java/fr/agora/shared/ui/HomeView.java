package fr.agora.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The portal's home page: what Agora is for, and the five processes it runs. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends AgoraView {

    public HomeView(java.util.List<fr.agora.shared.service.HighlightSource> sources) {
        add(new H2(getTranslation("home.welcome")));
        add(new Paragraph(getTranslation("home.intro")));
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? I18nProvider.FRENCH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        java.util.List<fr.agora.shared.service.Highlight> open = sources.stream()
                .flatMap(s -> s.highlights(locale).stream()).toList();
        if (!open.isEmpty()) {
            com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
            list.setId("home-open");
            open.forEach(h -> list.add(new com.vaadin.flow.component.html.ListItem(new Anchor(h.path(), h.title()),
                    new com.vaadin.flow.component.html.Span(" — " + h.detail()))));
            add(new H2(getTranslation("home.open")), list);
        }
        Div cards = new Div();
        cards.addClassName("agora-cards");
        for (String process : new String[] {"council", "meetings", "walks", "budget", "plenary"}) {
            Div card = new Div(new H3(getTranslation("home." + process + ".title")),
                    new Paragraph(getTranslation("home." + process + ".text")));
            card.addClassName("agora-card");
            cards.add(card);
        }
        add(cards);
        add(new Paragraph(new Anchor("inscription", getTranslation("home.register")),
                new Anchor("territoires", " · " + getTranslation("home.territories"))));
    }

    @Override
    protected String titleKey() {
        return "home.title";
    }
}
