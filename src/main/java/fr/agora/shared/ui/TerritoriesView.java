package fr.agora.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapSettings;
import java.util.List;

/**
 * Public page: the quartiers prioritaires in force today, on the map and in a table, with what each feature offers
 * about each of them ({@link TerritoryLink}s).
 */
@Route(value = "territoires", layout = MainLayout.class)
@AnonymousAllowed
public class TerritoriesView extends AgoraView {

    final LeafletMap map;
    final Grid<TerritoryData> grid = new Grid<>(TerritoryData.class, false);

    public TerritoriesView(TerritoryService territories, MapSettings settings, List<TerritoryLink.Source> links) {
        List<TerritoryData> qpv = territories.current(TerritoryKind.QPV);
        map = new LeafletMap(settings);
        map.setAccessibleName(getTranslation("territories.map"));
        map.setView(map.getCentre(), 12);
        TerritoryLayers.show(map, qpv);
        grid.addColumn(TerritoryData::name).setHeader(getTranslation("territory.name")).setFlexGrow(1);
        grid.addColumn(t -> t.population() == null ? "" : String.format(getLocale(), "%,d", t.population()))
                .setHeader(getTranslation("territory.population")).setAutoWidth(true);
        grid.addColumn(t -> t.populationYear() == null ? "" : t.populationYear().toString())
                .setHeader(getTranslation("territory.year")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div();
            links.stream().flatMap(s -> s.linksFor(t.code()).stream())
                    .forEach(l -> cell.add(new com.vaadin.flow.component.html.Div(l.target().link(getTranslation(l.labelKey(), t.name())))));
            return cell;
        }).setHeader(getTranslation("territory.links")).setFlexGrow(1);
        grid.setItems(qpv);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("territories.table"));
        add(new Paragraph(getTranslation("territories.intro", qpv.size())), map, grid);
    }

    @Override
    protected String titleKey() {
        return "territories.title";
    }
}
