package fr.agora.council.ui;

import fr.agora.council.service.CouncilService;
import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.SearchResult;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The public search finds the conseils citoyens by name and quartier. */
@Component
class CouncilSearch implements SearchResult.Source {

    private final CouncilService councils;

    CouncilSearch(CouncilService councils) {
        this.councils = councils;
    }

    @Override
    public List<SearchResult> search(List<String> words, Locale locale) {
        return councils.all().stream()
                .filter(c -> SearchResult.matches(c.name() + " " + String.join(" ", c.territoryNames()), words))
                .map(c -> new SearchResult("search.kind.council", c.name(), String.join(", ", c.territoryNames()),
                        Set.copyOf(c.territoryCodes()), RouteTarget.of(CouncilView.class, "slug", c.slug())))
                .toList();
    }
}
