package fr.agora.comites.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.comites.service.ComiteCard;
import fr.agora.comites.service.ComiteService;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapSettings;
import java.util.List;
import java.util.Map;

/**
 * The public directory of the comités de quartier: secteur, maire adjoint de secteur, associative status, contact,
 * perimeter on the map; filtered by secteur.
 */
@Route(value = ComitesNavigation.DIRECTORY, layout = MainLayout.class)
@AnonymousAllowed
public class ComitesView extends AgoraView {

    private final ComiteService comites;
    final ComboBox<Long> secteur = new ComboBox<>();
    final Div list = new Div();
    final LeafletMap map;
    List<ComiteCard> shown = List.of();

    public ComitesView(ComiteService comites, MapSettings mapSettings) {
        this.comites = comites;
        addClassName("agora-comites");
        add(new Paragraph(getTranslation("comites.intro")));
        Map<Long, String> secteurs = comites.secteurs();
        secteur.setLabel(getTranslation("comites.filter.secteur"));
        secteur.setItems(secteurs.keySet());
        secteur.setItemLabelGenerator(secteurs::get);
        secteur.setClearButtonVisible(true);
        secteur.setId("comites-secteur");
        secteur.addValueChangeListener(e -> refresh());
        map = new LeafletMap(mapSettings);
        map.setAccessibleName(getTranslation("comites.map"));
        map.setHeight("320px");
        map.setWidthFull();
        list.addClassName("agora-cards");
        list.setId("comites-list");
        add(secteur, map, list);
        refresh();
    }

    void refresh() {
        shown = comites.directory(secteur.getValue());
        list.removeAll();
        map.clearMarkers();
        map.getGeoJsonLayers().stream().map(LeafletMap.GeoJsonLayer::id).toList().forEach(map::removeGeoJson);
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("comites.none")));
        }
        for (ComiteCard c : shown) {
            Div card = new Div();
            card.addClassName("agora-card");
            card.setId("comite-" + c.code());
            card.add(new H3(c.name()));
            if (c.demo()) {
                card.add(new Paragraph(badge(getTranslation("comites.demo"))));
            }
            card.add(line("comites.secteur", c.secteurName()));
            card.add(line("comites.adjoint", c.maireAdjoint()));
            card.add(line("comites.status", c.associativeStatus()));
            card.add(line("comites.president", c.president()));
            card.add(line("comites.premises", c.premises()));
            if (c.contactEmail() != null) {
                Anchor mail = new Anchor("mailto:" + c.contactEmail(), c.contactEmail());
                mail.setRouterIgnore(true);
                card.add(new Paragraph(new Span(getTranslation("comites.contact") + " "), mail));
            }
            if (c.contactPhone() != null) {
                card.add(line("comites.phone", c.contactPhone()));
            }
            if (c.perimeterGeoJson() != null) {
                map.addGeoJson("comite-" + c.id(), c.perimeterGeoJson(), "#1a5fb4", c.name());
            } else if (c.lat() != null && c.lon() != null) {
                map.addMarker(new GeoPoint(c.lat(), c.lon()), c.name());
                card.add(new Paragraph(getTranslation("comites.no-perimeter")));
            }
            list.add(card);
        }
    }

    private Paragraph line(String key, String value) {
        return new Paragraph(getTranslation(key) + " " + (value == null ? getTranslation("comites.unknown") : value));
    }

    private static Span badge(String text) {
        Span s = new Span(text);
        s.addClassName("agora-badge");
        return s;
    }

    @Override
    protected String titleKey() {
        return "comites.title";
    }
}
