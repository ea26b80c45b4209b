package fr.agora.council.ui;

import fr.agora.council.service.CouncilService;
import fr.agora.shared.ui.ProcessCard;
import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.TerritoryLink;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** What the councils add to the shared pages: their home page card and, for a territory, its conseil citoyen. */
@Configuration(proxyBeanMethods = false)
class CouncilContributions {

    @Bean
    ProcessCard councilCard() {
        return new ProcessCard("home.council.title", "home.council.text", RouteTarget.of(CouncilsView.class), 10);
    }

    /** A territory's page links to the councils that cover it. */
    @Component
    static class TerritoryCouncils implements TerritoryLink.Source {

        private final CouncilService councils;

        TerritoryCouncils(CouncilService councils) {
            this.councils = councils;
        }

        @Override
        public List<TerritoryLink> linksFor(String territoryCode) {
            return councils.all().stream().filter(c -> c.territoryCodes().contains(territoryCode))
                    .map(c -> new TerritoryLink("council.territory-link", RouteTarget.of(CouncilView.class, "slug", c.slug())))
                    .toList();
        }
    }
}
