package fr.agora.shared.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
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
    final ResponsiveTable<TerritoryData> grid;

    public TerritoriesView(TerritoryService territories, MapSettings settings, List<TerritoryLink.Source> links) {
        List<TerritoryData> qpv = territories.current(TerritoryKind.QPV);
        grid = new ResponsiveTable<>(getTranslation("territories.table"));
        map = new LeafletMap(settings);
        map.setAccessibleName(getTranslation("territories.map"));
        map.setView(map.getCentre(), 12);
        TerritoryLayers.show(map, qpv);
        // a table that becomes one card per territory on a phone; each territory links to what the features offer
        // there (its conseil citoyen, its walks...), contributed by them
        grid.column(getTranslation("territory.name"), TerritoryData::name)
                .column(getTranslation("territory.population"), t -> t.population() == null ? ""
                        : java.text.NumberFormat.getIntegerInstance(getLocale()).format(t.population()))
                .column(getTranslation("territory.year"), t -> t.populationYear() == null ? "" : t.populationYear().toString())
                .componentColumn(getTranslation("territory.links"), t -> {
                    UnorderedList cell = new UnorderedList();
                    cell.addClassName("agora-plain-list");
                    links.stream().flatMap(s -> s.linksFor(t.code()).stream())
                            .forEach(l -> cell.add(new ListItem(l.target().link(getTranslation(l.labelKey(), t.name())))));
                    return cell;
                });
        grid.setId("territories-table");
        grid.setItems(qpv);
        add(new Paragraph(getTranslation("territories.intro", qpv.size())), map, grid);
    }

    @Override
    protected String titleKey() {
        return "territories.title";
    }
}
