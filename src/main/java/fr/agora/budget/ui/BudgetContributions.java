package fr.agora.budget.ui;

import fr.agora.budget.domain.ProposalStatus;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.ModerationService;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.budget.service.ReviewService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.ui.DashboardItem;
import fr.agora.shared.ui.MySpaceSection;
import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.TerritoryLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the budget adds to the shared pages: "Mon espace" and the staff dashboard. */
final class BudgetContributions {

    private BudgetContributions() {
    }

    /** The signed-in person's proposals, drafts included. */
    @Component
    static class MyProposals implements MySpaceSection {

        private final ProposalQueries queries;

        MyProposals(ProposalQueries queries) {
            this.queries = queries;
        }

        @Override
        public String titleKey() {
            return "budget.myspace";
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public List<Item> items(Locale locale) {
            if (CurrentUser.email().isEmpty()) {
                return List.of();
            }
            return queries.mine(locale).stream().map(p -> new Item(p.title().isBlank() ? "—" : p.title(),
                    new fr.agora.shared.service.BundleTexts("budget", locale).get("budget.status." + p.status().name()),
                    p.status() == ProposalStatus.DRAFT ? BudgetNavigation.edit(p.id()) : BudgetNavigation.proposal(p.id())))
                    .toList();
        }
    }

    /** A territory's page links to the current edition's proposals there. */
    @Component
    static class TerritoryProposals implements TerritoryLink.Source {

        @Override
        public List<TerritoryLink> linksFor(String territoryCode) {
            return List.of(new TerritoryLink("budget.territory.link", RouteTarget.of(ProposalsView.class, "code",
                    territoryCode)));
        }
    }

    /** Flags to moderate, and reviews past their due date. */
    @Component
    static class Dashboard implements DashboardItem.Source {

        private final ModerationService moderation;
        private final ReviewService reviews;
        private final EditionService editions;

        Dashboard(ModerationService moderation, ReviewService reviews, EditionService editions) {
            this.moderation = moderation;
            this.reviews = reviews;
            this.editions = editions;
        }

        @Override
        public List<DashboardItem> items() {
            List<DashboardItem> items = new ArrayList<>();
            if (CurrentUser.hasAnyRole(Role.MODERATOR, Role.STAFF, Role.ADMIN)) {
                items.add(new DashboardItem("budget.dashboard.flags", moderation.flags().size(),
                        RouteTarget.of(BudgetModerationView.class), Set.of(Role.Names.MODERATOR, Role.Names.STAFF, Role.Names.ADMIN)));
            }
            if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
                editions.current().ifPresent(e -> items.add(new DashboardItem("budget.dashboard.overdue",
                        reviews.board(e.id(), Locale.FRENCH).stream().filter(p -> p.reviewOverdue()).count(),
                        RouteTarget.of(ReviewView.class), Set.of(Role.Names.STAFF, Role.Names.ADMIN))));
            }
            return items;
        }
    }
}
