package fr.agora.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.meetings.domain.ItemStatus;
import fr.agora.meetings.service.VisiteData;
import fr.agora.meetings.service.VisiteService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapSettings;
import java.util.List;

/**
 * The visites de proximité and the public follow-up of every problem and need found: on the map (the colour and
 * the text say the status) and as a list with the service in charge, its answer and the date.
 */
@Route(value = MeetingsNavigation.VISITES, layout = MainLayout.class)
@AnonymousAllowed
public class VisitesView extends AgoraView {

    final List<VisiteData> visites;
    final LeafletMap map;

    public VisitesView(VisiteService service, MapSettings mapSettings) {
        addClassName("agora-meetings");
        add(new Paragraph(getTranslation("visites.intro")));
        visites = service.all();
        map = new LeafletMap(mapSettings);
        map.setAccessibleName(getTranslation("visites.map"));
        map.setHeight("320px");
        map.setWidthFull();
        add(map);
        if (visites.isEmpty()) {
            add(new Paragraph(getTranslation("visites.none")));
        }
        for (VisiteData v : visites) {
            add(new H2(getTranslation("visites.heading", v.comiteName(), MeetingUi.date(v.date()))));
            if (v.elus() != null) {
                add(new Paragraph(getTranslation("visites.elus", v.elus())));
            }
            if (v.services() != null) {
                add(new Paragraph(getTranslation("visites.services", v.services())));
            }
            Div cards = new Div();
            cards.addClassName("agora-cards");
            for (VisiteData.Item i : v.items()) {
                String status = getTranslation("visites.status." + i.status().name());
                map.addMarker(i.point(), getTranslation("visites.kind." + i.kind().name()) + " — " + status + " — "
                        + i.description(), i.status() == ItemStatus.CLOSED ? "#2e7d32" : "#b3261e");
                Div card = new Div(new H3(getTranslation("visites.kind." + i.kind().name())), new Paragraph(i.description()));
                card.addClassName("agora-card");
                card.setId("visite-item-" + i.id());
                UnorderedList facts = new UnorderedList(new ListItem(getTranslation("visites.service", i.service())),
                        new ListItem(getTranslation("visites.status", status, MeetingUi.date(i.statusDate()))));
                if (i.answer() != null) {
                    facts.add(new ListItem(getTranslation("visites.answer", i.answer())));
                }
                card.add(facts);
                cards.add(card);
            }
            add(cards);
        }
    }

    @Override
    protected String titleKey() {
        return "visites.title";
    }
}
