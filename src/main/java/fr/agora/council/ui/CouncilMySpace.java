package fr.agora.council.ui;

import fr.agora.council.domain.Candidacy;
import fr.agora.council.service.MyCandidacies;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.ui.I18nProvider;
import fr.agora.shared.ui.MySpaceSection;
import fr.agora.shared.ui.RouteTarget;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** "Mon espace": the signed-in person's candidacies to the conseils citoyens, and where each stands. */
@Component
class CouncilMySpace implements MySpaceSection {

    private final MyCandidacies candidacies;
    private final Clock clock;
    private final I18nProvider texts = new I18nProvider();

    CouncilMySpace(MyCandidacies candidacies, Clock clock) {
        this.candidacies = candidacies;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "council.myspace";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Item> items(Locale locale) {
        if (CurrentUser.email().isEmpty()) {
            return List.of();
        }
        return candidacies.mine(clock.instant()).stream().map(c -> {
            String state = c.status() == Candidacy.Status.WITHDRAWN ? "council.myspace.withdrawn"
                    : c.callOpen() ? "council.myspace.received" : "council.myspace.closed";
            return new Item(texts.getTranslation("council.myspace.item", locale, c.call(), c.councilName()),
                    texts.getTranslation(state, locale, c.reference(), CouncilUi.date(c.submittedAt()
                            .atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate())),
                    RouteTarget.of(CouncilView.class, "slug", c.councilSlug()));
        }).toList();
    }
}
