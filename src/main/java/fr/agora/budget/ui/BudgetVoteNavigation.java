package fr.agora.budget.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.agora.budget.service.BudgetVoteService;
import fr.agora.budget.service.PaperDeskService;
import fr.agora.budget.service.RealisationService;
import fr.agora.budget.service.VoteData;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.ui.DashboardItem;
import fr.agora.shared.ui.MySpaceSection;
import fr.agora.shared.ui.NavigationEntry;
import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.TerritoryLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The vote's typed routes, its navigation links, and what it adds to the shared pages: « Mon espace » (my vote and
 * the receipt check), the staff dashboard (votes open, paper batches to check, winners late) and territory pages
 * (the winners there).
 */
@Configuration(proxyBeanMethods = false)
public class BudgetVoteNavigation {

    static RouteTarget ballot(Long editionId) {
        return editionId == null ? RouteTarget.of(BallotView.class)
                : RouteTarget.of(BallotView.class, "editionId", String.valueOf(editionId));
    }

    static RouteTarget results(Long editionId) {
        return editionId == null ? RouteTarget.of(VoteResultsView.class)
                : RouteTarget.of(VoteResultsView.class, "editionId", String.valueOf(editionId));
    }

    static RouteTarget manage(Long editionId) {
        return editionId == null ? RouteTarget.of(VoteManageView.class)
                : RouteTarget.of(VoteManageView.class, "editionId", String.valueOf(editionId));
    }

    static RouteTarget paper(Long editionId) {
        return editionId == null ? RouteTarget.of(PaperDeskView.class)
                : RouteTarget.of(PaperDeskView.class, "editionId", String.valueOf(editionId));
    }

    static RouteTarget realisations(String territoryCode) {
        return territoryCode == null ? RouteTarget.of(RealisationsView.class)
                : RouteTarget.of(RealisationsView.class, "code", territoryCode);
    }

    static void go(RouteTarget target) {
        UI.getCurrent().navigate(target.view(), target.parameters());
    }

    @Bean
    NavigationEntry budgetVoteLink() {
        return NavigationEntry.publicLink("budgetvote.nav", BallotView.class, VaadinIcon.CHECK_SQUARE, 43);
    }

    @Bean
    NavigationEntry budgetResultsLink() {
        return NavigationEntry.publicLink("budgetvote.nav.results", VoteResultsView.class, VaadinIcon.BAR_CHART, 44);
    }

    @Bean
    NavigationEntry budgetRealisationsLink() {
        return NavigationEntry.publicLink("budgetvote.nav.realisations", RealisationsView.class, VaadinIcon.MAP_MARKER, 45);
    }

    @Bean
    NavigationEntry budgetVoteAdminLink() {
        return NavigationEntry.adminLink("budgetvote.nav.manage", VoteManageView.class, VaadinIcon.CHECK_SQUARE, 43,
                Role.Names.STAFF, Role.Names.ADMIN);
    }

    @Bean
    NavigationEntry budgetPaperLink() {
        return NavigationEntry.adminLink("budgetvote.nav.paper", PaperDeskView.class, VaadinIcon.KEYBOARD, 44,
                Role.Names.STAFF, Role.Names.ADMIN);
    }

    /** « Mon espace »: the vote open now (to cast, or cast), with the way to the receipt check. */
    @Component
    static class MyVotes implements MySpaceSection {

        private final BudgetVoteService votes;

        MyVotes(BudgetVoteService votes) {
            this.votes = votes;
        }

        @Override
        public String titleKey() {
            return "budgetvote.myspace";
        }

        @Override
        public int order() {
            return 41;
        }

        @Override
        public List<Item> items(Locale locale) {
            if (CurrentUser.email().isEmpty()) {
                return List.of();
            }
            fr.agora.shared.service.BundleTexts t = new fr.agora.shared.service.BundleTexts("budgetvote", locale);
            return votes.openVote().map(o -> votes.haveIVoted(o.editionId())
                    ? List.of(new Item(o.editionTitle(), t.get("budgetvote.myspace.voted"), results(o.editionId())))
                    : List.of(new Item(o.editionTitle(), t.get("budgetvote.myspace.open"), ballot(o.editionId()))))
                    .orElse(List.of());
        }
    }

    /** A territory's page links to the winners carried out there. */
    @Component
    static class TerritoryWinners implements TerritoryLink.Source {

        @Override
        public List<TerritoryLink> linksFor(String territoryCode) {
            return List.of(new TerritoryLink("budgetvote.realisations.territory.link", realisations(territoryCode)));
        }
    }

    /** Votes open, paper batches waiting for their second entry, winners late. */
    @Component
    static class Dashboard implements DashboardItem.Source {

        private final BudgetVoteService votes;
        private final PaperDeskService desk;
        private final RealisationService realisations;

        Dashboard(BudgetVoteService votes, PaperDeskService desk, RealisationService realisations) {
            this.votes = votes;
            this.desk = desk;
            this.realisations = realisations;
        }

        @Override
        public List<DashboardItem> items() {
            List<DashboardItem> items = new ArrayList<>();
            if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
                Set<String> staff = Set.of(Role.Names.STAFF, Role.Names.ADMIN);
                java.util.Optional<VoteData.Overview> open = votes.openVote();
                items.add(new DashboardItem("budgetvote.dashboard.open", open.isPresent() ? 1 : 0,
                        manage(open.map(VoteData.Overview::editionId).orElse(null)), staff));
                items.add(new DashboardItem("budgetvote.dashboard.batches", desk.awaitingCheck(), paper(null), staff));
                items.add(new DashboardItem("budgetvote.dashboard.overdue", realisations.overdue(), realisations(null),
                        staff));
            }
            return items;
        }
    }
}
