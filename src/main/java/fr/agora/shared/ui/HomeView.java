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

    public HomeView() {
        add(new H2(getTranslation("home.welcome")));
        add(new Paragraph(getTranslation("home.intro")));
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
