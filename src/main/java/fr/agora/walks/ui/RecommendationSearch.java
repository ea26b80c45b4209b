package fr.agora.walks.ui;

import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.SearchResult;
import fr.agora.walks.service.WalkReport;
import fr.agora.walks.service.WalkReportService;
import fr.agora.walks.service.WalkService;
import fr.agora.walks.service.WalkSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The public search finds the recommendations of the published walks, as their public page shows them (transmitted
 * ones only, never drafts), by title, text, addressee and quartier; the result leads to the walk's page.
 */
@Component
class RecommendationSearch implements SearchResult.Source {

    private final WalkService walks;
    private final WalkReportService reports;

    RecommendationSearch(WalkService walks, WalkReportService reports) {
        this.walks = walks;
        this.reports = reports;
    }

    @Override
    public List<SearchResult> search(List<String> words, Locale locale) {
        List<SearchResult> out = new ArrayList<>();
        for (WalkSummary w : walks.published()) {
            WalkReport report = reports.publicReport(w.id());
            report.recommendations().stream()
                    .filter(r -> SearchResult.matches(r.title() + " " + r.body() + " "
                            + (r.addressee() == null ? "" : r.addressee()) + " " + w.territoryName(), words))
                    .map(r -> new SearchResult("search.kind.recommendation", r.title(),
                            w.title() + ", " + w.territoryName(), Set.of(w.territoryCode()),
                            RouteTarget.of(WalkView.class, "walkId", String.valueOf(w.id()))))
                    .forEach(out::add);
        }
        return out;
    }
}
