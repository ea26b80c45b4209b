package fr.agora.walks.ui;

import fr.agora.shared.ui.Dates;
import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.SearchResult;
import fr.agora.walks.service.WalkService;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The public search finds the published marches exploratoires by title, quartier and theme. */
@Component
class WalkSearch implements SearchResult.Source {

    private final WalkService walks;

    WalkSearch(WalkService walks) {
        this.walks = walks;
    }

    @Override
    public List<SearchResult> search(List<String> words, Locale locale) {
        return walks.published().stream()
                .filter(w -> SearchResult.matches(w.title() + " " + w.territoryName() + " "
                        + (w.themeOther() == null ? "" : w.themeOther()), words))
                .map(w -> new SearchResult("search.kind.walk", w.title(), w.territoryName() + ", "
                        + Dates.longDate(w.date(), locale), Set.of(w.territoryCode()),
                        RouteTarget.of(WalkView.class, "walkId", String.valueOf(w.id()))))
                .toList();
    }
}
