package fr.agora.budget.ui;

import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The public search finds the budget proposals the public sees (every edition's public list: no draft, no hidden
 * one), by title, category and quartier.
 */
@Component
class ProposalSearch implements SearchResult.Source {

    private final EditionService editions;
    private final ProposalQueries proposals;
    private final TerritoryService territories;

    ProposalSearch(EditionService editions, ProposalQueries proposals, TerritoryService territories) {
        this.editions = editions;
        this.proposals = proposals;
        this.territories = territories;
    }

    @Override
    public List<SearchResult> search(List<String> words, Locale locale) {
        Map<Long, String> codes = territories.all().stream()
                .collect(Collectors.toMap(TerritoryData::id, TerritoryData::code, (a, b) -> a));
        List<SearchResult> out = new ArrayList<>();
        for (EditionData e : editions.all()) {
            proposals.list(e.id(), null, null, null, locale).stream()
                    .filter(p -> SearchResult.matches(p.title() + " " + nz(p.categoryLabel()) + " " + nz(p.territoryName()),
                            words))
                    .map(p -> new SearchResult("search.kind.proposal", p.title(),
                            e.title() + (p.territoryName() == null ? "" : ", " + p.territoryName()),
                            p.territoryId() == null || !codes.containsKey(p.territoryId()) ? Set.of()
                                    : Set.of(codes.get(p.territoryId())),
                            RouteTarget.of(ProposalView.class, "proposalId", String.valueOf(p.id()))))
                    .forEach(out::add);
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
