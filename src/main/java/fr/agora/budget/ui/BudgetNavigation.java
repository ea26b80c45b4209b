package fr.agora.budget.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.NavigationEntry;
import fr.agora.shared.ui.ProcessCard;
import fr.agora.shared.ui.RouteTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The budget's typed routes (the views use these, never string paths), its links in the navigation and the
 * administration menu, and its card on the home page.
 */
@Configuration(proxyBeanMethods = false)
public class BudgetNavigation {

    static RouteTarget edition(long id) {
        return RouteTarget.of(EditionView.class, "editionId", String.valueOf(id));
    }

    static RouteTarget proposals(long editionId) {
        return RouteTarget.of(ProposalsView.class, "editionId", String.valueOf(editionId));
    }

    static RouteTarget propose(long editionId) {
        return RouteTarget.of(ProposalFormView.class, "editionId", String.valueOf(editionId));
    }

    static RouteTarget assisted(long editionId) {
        return RouteTarget.of(AssistedEntryView.class, "editionId", String.valueOf(editionId));
    }

    static RouteTarget proposal(long id) {
        return RouteTarget.of(ProposalView.class, "proposalId", String.valueOf(id));
    }

    static RouteTarget edit(long id) {
        return RouteTarget.of(ProposalEditView.class, "proposalId", String.valueOf(id));
    }

    static void go(RouteTarget target) {
        UI.getCurrent().navigate(target.view(), target.parameters());
    }

    @Bean
    NavigationEntry budgetLink() {
        return NavigationEntry.publicLink("budget.nav", EditionView.class, VaadinIcon.PIGGY_BANK, 40);
    }

    @Bean
    NavigationEntry budgetMineLink() {
        return NavigationEntry.forRoles("budget.nav.mine", MyProposalsView.class, VaadinIcon.LIGHTBULB, 41,
                Role.Names.RESIDENT);
    }

    @Bean
    NavigationEntry budgetCommissionLink() {
        return NavigationEntry.forRoles("budget.nav.commission", CommissionView.class, VaadinIcon.GROUP, 42,
                Role.Names.RESIDENT, Role.Names.STAFF, Role.Names.ADMIN);
    }

    @Bean
    NavigationEntry budgetAdminLink() {
        return NavigationEntry.adminLink("budget.nav.manage", EditionsAdminView.class, VaadinIcon.PIGGY_BANK, 40,
                Role.Names.STAFF, Role.Names.ADMIN);
    }

    @Bean
    NavigationEntry budgetModerationLink() {
        return NavigationEntry.adminLink("budget.nav.moderation", BudgetModerationView.class, VaadinIcon.CHECK_SQUARE_O, 41,
                Role.Names.MODERATOR, Role.Names.STAFF, Role.Names.ADMIN);
    }

    @Bean
    NavigationEntry budgetReviewLink() {
        return NavigationEntry.adminLink("budget.nav.review", ReviewView.class, VaadinIcon.CLIPBOARD_CHECK, 42,
                Role.Names.SERVICE_REVIEWER, Role.Names.STAFF, Role.Names.ADMIN);
    }

    @Bean
    ProcessCard budgetCard() {
        return new ProcessCard("home.budget.title", "home.budget.text", RouteTarget.of(EditionView.class), 40);
    }
}
