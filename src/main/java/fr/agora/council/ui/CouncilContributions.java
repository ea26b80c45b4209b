package fr.agora.council.ui;

import fr.agora.council.service.CampaignService;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.DrawReplyService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.ui.DashboardItem;
import fr.agora.shared.ui.ProcessCard;
import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.TerritoryLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * What the councils add to the shared pages: their home page card, for a territory its conseil citoyen, and the staff
 * dashboard's lines (answers due on a draw, calls closing, mandates ending).
 */
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

    /**
     * The staff dashboard: for the draw operator, the drawn people still to answer; for staff, the calls for
     * candidacies closing within a week and the councils whose mandate ends within the warning period.
     */
    @Component
    static class Dashboard implements DashboardItem.Source {

        static final int CLOSING_DAYS = 7;

        private final DrawReplyService replies;
        private final CampaignService calls;
        private final CouncilService councils;

        Dashboard(DrawReplyService replies, CampaignService calls, CouncilService councils) {
            this.replies = replies;
            this.calls = calls;
            this.councils = councils;
        }

        @Override
        public List<DashboardItem> items() {
            List<DashboardItem> items = new ArrayList<>();
            if (CurrentUser.hasAnyRole(Role.DRAW_OPERATOR)) {
                items.add(new DashboardItem("council.dashboard.answers", replies.pendingAnswers(),
                        RouteTarget.of(DrawCeremonyView.class), Set.of(Role.Names.DRAW_OPERATOR)));
            }
            if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
                Set<String> staff = Set.of(Role.Names.STAFF, Role.Names.ADMIN);
                items.add(new DashboardItem("council.dashboard.calls", calls.closingWithin(CLOSING_DAYS),
                        RouteTarget.of(CampaignsAdminView.class), staff));
                items.add(new DashboardItem("council.dashboard.mandates", councils.mandatesEndingSoon().size(),
                        RouteTarget.of(CouncilsAdminView.class), staff));
            }
            return items;
        }
    }
}
