package fr.agora.council.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import java.util.List;

/** The conseils citoyens of the city, for anyone: what they are and one card per council. */
@Route(value = "conseils", layout = MainLayout.class)
@AnonymousAllowed
public class CouncilsView extends AgoraView {

    final Div cards = new Div();

    public CouncilsView(CouncilService councils) {
        add(new Paragraph(getTranslation("council.intro")));
        List<CouncilData> all = councils.all();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("council.none")));
        }
        cards.addClassName("agora-cards");
        for (CouncilData c : all) {
            Div card = new Div();
            card.addClassName("agora-card");
            card.add(new H2(new Anchor("conseils/" + c.slug(), c.name())));
            card.add(new Paragraph(String.join(", ", c.territoryNames())));
            card.add(new Paragraph(CouncilUi.seats(this, c)));
            card.add(new Paragraph(CouncilUi.status(this, c)));
            cards.add(card);
        }
        add(cards);
    }

    @Override
    protected String titleKey() {
        return "council.title";
    }
}
