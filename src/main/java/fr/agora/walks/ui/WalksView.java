package fr.agora.walks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.walks.domain.WalkState;
import fr.agora.walks.service.WalkService;
import fr.agora.walks.service.WalkSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The marches exploratoires: what they are, the walks a logged-in participant is enrolled on (to capture pins), and
 * every published walk with its territory.
 */
@Route(value = "marches", layout = MainLayout.class)
@AnonymousAllowed
public class WalksView extends AgoraView {

    final Div published = new Div();
    final Div mine = new Div();

    public WalksView(WalkService walks, AuthenticationContext auth) {
        addClassName("agora-walks");
        add(new Paragraph(getTranslation("walks.intro")));
        if (auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN)) {
            add(new Paragraph(new Anchor("marches/gestion", getTranslation("walks.manage"))));
        }
        if (auth.isAuthenticated()) {
            List<WalkSummary> enrolled = walks.mine();
            if (!enrolled.isEmpty()) {
                add(new H2(getTranslation("walks.mine")));
                mine.addClassName("agora-cards");
                boolean staff = auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN);
                // "Saisir des observations" only where the walk takes them now (the service's rule), not on a walk
                // whose diagnostic is over
                enrolled.forEach(w -> mine.add(card(w, w.state() == WalkState.DIAGNOSTIC
                        || (staff && w.state().acceptsObservations()))));
                add(mine);
            }
        }
        add(new H2(getTranslation("walks.published")));
        List<WalkSummary> all = walks.published();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("walks.none")));
        }
        published.addClassName("agora-cards");
        all.forEach(w -> published.add(card(w, false)));
        add(published);
        Map<String, String> territories = new LinkedHashMap<>();
        all.forEach(w -> territories.putIfAbsent(w.territoryCode(), w.territoryName()));
        if (!territories.isEmpty()) {
            add(new H2(getTranslation("walks.by-territory")));
            Paragraph links = new Paragraph();
            territories.forEach((code, name) -> links.add(new Anchor("marches/territoire/" + code, name), new Span(" ")));
            add(links);
        }
    }

    private Component card(WalkSummary w, boolean capture) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.add(new H3(new Anchor("marches/" + w.id(), w.title())));
        card.add(new Paragraph(w.territoryName() + " — " + WalkUi.date(this, w.date()) + " ("
                + getTranslation("walk.time." + w.timeOfDay().name()) + ")"));
        card.add(new Paragraph(WalkUi.theme(this, w)));
        Span state = new Span(getTranslation("walk.state." + w.state().name()));
        state.addClassName("agora-badge");
        card.add(new Paragraph(state));
        if (capture) {
            card.add(new Paragraph(new Anchor("marches/" + w.id() + "/saisie", getTranslation("walks.capture"))));
        }
        return card;
    }

    @Override
    protected String titleKey() {
        return "walks.title";
    }
}
