package fr.agora.budget.service;

import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.Highlight;
import fr.agora.shared.service.HighlightSource;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The home page's "En ce moment": the budget vote open now, leading to the ballot. */
@Component
class BudgetVoteHighlights implements HighlightSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final BudgetVoteService votes;
    private final fr.agora.budget.domain.EditionRepository editions;

    BudgetVoteHighlights(BudgetVoteService votes, fr.agora.budget.domain.EditionRepository editions) {
        this.votes = votes;
        this.editions = editions;
    }

    @Override
    public List<Highlight> highlights(Locale locale) {
        BundleTexts t = new BundleTexts("budgetvote", locale);
        BundleTexts b = new BundleTexts("budget", locale);
        return votes.openVote().map(o -> List.of(new Highlight(t.get("budgetvote.highlight"),
                editions.findById(o.editionId()).flatMap(e -> e.phase(fr.agora.budget.domain.Phase.VOTE))
                        .map(p -> b.get("budget.highlight.until", DAY.format(p.getEndsOn()))).orElse(""),
                "budget/voter/" + o.editionId()))).orElse(List.of());
    }
}
