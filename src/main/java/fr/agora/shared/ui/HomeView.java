package fr.agora.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.shared.service.Highlight;
import fr.agora.shared.service.HighlightSource;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The portal's home page: what Agora is for, what is open now ({@link HighlightSource}s) and one card per process
 * ({@link ProcessCard}s), both contributed by the features, so that this page names none of them.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends AgoraView {

    public HomeView(List<HighlightSource> sources, List<ProcessCard> processes, AuthenticationContext auth) {
        add(new H2(getTranslation("home.welcome")));
        add(new Paragraph(getTranslation("home.intro")));
        Locale locale = UI.getCurrent() == null ? I18nProvider.FRENCH : UI.getCurrent().getLocale();
        List<Highlight> open = sources.stream().flatMap(s -> s.highlights(locale).stream()).toList();
        if (!open.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("home-open");
            open.forEach(h -> {
                Anchor link = new Anchor(h.path(), h.title());
                link.getStyle().set("text-decoration", "underline"); // colour is never the only cue (axe link-in-text-block)
                list.add(new ListItem(link, new Span(" — " + h.detail())));
            });
            add(new H2(getTranslation("home.open")), list);
        }
        Div cards = new Div();
        cards.setId("home-processes");
        cards.addClassName("agora-cards");
        // one card per process that exists (a feature contributes its card), its title a link to the process
        processes.stream().sorted(Comparator.comparingInt(ProcessCard::order)).forEach(p -> {
            RouterLink title = p.target().link(getTranslation(p.titleKey()));
            Div card = new Div(new H3(title), new Paragraph(getTranslation(p.textKey())));
            card.addClassName("agora-card");
            cards.add(card);
        });
        add(cards);
        Paragraph next = new Paragraph();
        next.setId("home-links");
        if (auth.isAuthenticated()) {
            next.add(RouteTarget.of(MySpaceView.class).link(getTranslation("nav.myspace")));
        } else {
            next.add(RouteTarget.of(RegisterView.class).link(getTranslation("home.register")));
        }
        next.add(new Span(" · "), RouteTarget.of(TerritoriesView.class).link(getTranslation("home.territories")));
        add(next);
    }

    @Override
    protected String titleKey() {
        return "home.title";
    }
}
