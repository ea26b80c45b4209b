package fr.agora.comites.ui;

import fr.agora.comites.service.ComiteCard;
import fr.agora.comites.service.ComiteService;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.SearchResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The public search finds the comités de quartier in force, by name, secteur and premises; they lead to the
 * directory. For the quartier filter a comité concerns the quartiers prioritaires of its secteur and those whose
 * centre lies within {@value #NEAR_METRES} m of its own (the sources do not say which comité covers which QPV).
 */
@Component
class ComiteSearch implements SearchResult.Source {

    static final double NEAR_METRES = 1000;

    private final ComiteService comites;
    private final TerritoryService territories;

    ComiteSearch(ComiteService comites, TerritoryService territories) {
        this.comites = comites;
        this.territories = territories;
    }

    @Override
    public List<SearchResult> search(List<String> words, Locale locale) {
        List<TerritoryData> qpvs = territories.current(TerritoryKind.QPV);
        return comites.directory(null).stream()
                .filter(c -> SearchResult.matches(c.name() + " " + nz(c.secteurName()) + " " + nz(c.premises()), words))
                .map(c -> new SearchResult("search.kind.comite", c.name(),
                        c.secteurName() == null ? "" : c.secteurName(), quartiers(c, qpvs),
                        RouteTarget.of(ComitesView.class)))
                .toList();
    }

    private static Set<String> quartiers(ComiteCard c, List<TerritoryData> qpvs) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(c.code());
        for (TerritoryData q : qpvs) {
            boolean sameSecteur = c.secteurId() != null && c.secteurId().equals(q.parentId());
            boolean near = c.lat() != null && c.lon() != null && q.centre() != null
                    && metres(c.lat(), c.lon(), q.centre().lat(), q.centre().lon()) <= NEAR_METRES;
            if (sameSecteur || near) {
                codes.add(q.code());
            }
        }
        return codes;
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double r = 6_371_000;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
