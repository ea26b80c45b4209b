package fr.agora.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.meetings.service.ChantierData;
import fr.agora.meetings.service.ConsultationService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import java.util.List;

/** The consultations before works: every chantier, its window and whether avis are taken now. */
@Route(value = MeetingsNavigation.CONSULTATIONS, layout = MainLayout.class)
@AnonymousAllowed
public class ConsultationsView extends AgoraView {

    final List<ChantierData> shown;

    public ConsultationsView(ConsultationService consultations) {
        addClassName("agora-meetings");
        add(new Paragraph(getTranslation("consultations.intro")));
        shown = consultations.all();
        Div cards = new Div();
        cards.addClassName("agora-cards");
        if (shown.isEmpty()) {
            cards.add(new Paragraph(getTranslation("consultations.none")));
        }
        for (ChantierData c : shown) {
            Div card = new Div(new H3(new RouterLink(c.title(), ConsultationView.class,
                    new com.vaadin.flow.router.RouteParameters("chantierId", String.valueOf(c.id())))));
            card.addClassName("agora-card");
            card.add(new Paragraph(c.location()));
            card.add(new Paragraph(getTranslation("consultations.window", MeetingUi.date(c.opensOn()),
                    MeetingUi.date(c.closesOn()), MeetingUi.date(c.worksStart()))));
            card.add(new Paragraph(MeetingUi.badge(getTranslation(ConsultationView.state(c)))));
            cards.add(card);
        }
        add(cards);
    }

    @Override
    protected String titleKey() {
        return "consultations.title";
    }
}
