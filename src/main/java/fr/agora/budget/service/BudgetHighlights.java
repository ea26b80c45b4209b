package fr.agora.budget.service;

import fr.agora.budget.domain.Phase;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.Highlight;
import fr.agora.shared.service.HighlightSource;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The home page's "En ce moment": the current edition's open phase, leading to the edition's page. */
@Component
class BudgetHighlights implements HighlightSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EditionService editions;

    BudgetHighlights(EditionService editions) {
        this.editions = editions;
    }

    @Override
    public List<Highlight> highlights(Locale locale) {
        BundleTexts t = new BundleTexts("budget", locale);
        return editions.current().filter(e -> e.currentPhase() != null).map(e -> {
            EditionData.PhaseData p = e.phases().stream().filter(EditionData.PhaseData::current).findFirst().orElseThrow();
            String title = e.currentPhase() == Phase.DEPOT ? t.get("budget.highlight.depot", String.valueOf(e.year()))
                    : t.get("budget.highlight.phase", String.valueOf(e.year()), t.get("budget.phase." + e.currentPhase().name()));
            return List.of(new Highlight(title, t.get("budget.highlight.until", DAY.format(p.endsOn())),
                    BudgetPaths.edition(e.id())));
        }).orElse(List.of());
    }
}
