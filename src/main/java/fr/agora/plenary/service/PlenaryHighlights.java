package fr.agora.plenary.service;

import fr.agora.plenary.domain.Plenary;
import fr.agora.plenary.domain.PlenaryRepository;
import fr.agora.plenary.domain.SessionStatus;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.Highlight;
import fr.agora.shared.service.HighlightSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The home page's "En ce moment": the plenary in session, or the next one in the coming 45 days. */
@Component
class PlenaryHighlights implements HighlightSource {

    private final PlenaryRepository plenaries;
    private final Clock clock;

    PlenaryHighlights(PlenaryRepository plenaries, Clock clock) {
        this.plenaries = plenaries;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Highlight> highlights(Locale locale) {
        Instant now = clock.instant();
        BundleTexts t = new BundleTexts("plenary", locale);
        for (Plenary p : plenaries.findAllByOrderByYearDesc()) {
            if (p.getSessionStatus() == SessionStatus.OPEN) {
                return List.of(new Highlight(t.get("plenary.highlight.live", p.getTitle()), p.getPlace(), "pleniere"));
            }
            if (p.getSessionStatus() == SessionStatus.PLANNED && p.getStartsAt().isAfter(now)
                    && Duration.between(now, p.getStartsAt()).toDays() <= 45) {
                String when = p.getStartsAt().atZone(ZoneId.of("Europe/Paris"))
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(t.locale()));
                return List.of(new Highlight(t.get("plenary.highlight.next", p.getTitle()), when + " — " + p.getPlace(),
                        "pleniere"));
            }
        }
        return List.of();
    }
}
