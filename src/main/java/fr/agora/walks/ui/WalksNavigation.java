package fr.agora.walks.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.NavigationEntry;
import fr.agora.shared.ui.ProcessCard;
import fr.agora.shared.ui.RouteTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The walks' links in the main navigation and the administration menu, and their card on the home page. */
@Configuration(proxyBeanMethods = false)
public class WalksNavigation {

    @Bean
    NavigationEntry walksLink() {
        return NavigationEntry.publicLink("walks.nav", WalksView.class, VaadinIcon.ROAD, 30);
    }

    @Bean
    NavigationEntry partnerLink() {
        return NavigationEntry.forRoles("walks.nav.partner", PartnerRecommendationsView.class, VaadinIcon.HANDSHAKE, 31,
                Role.Names.PARTNER);
    }

    @Bean
    NavigationEntry walksAdminLink() {
        return NavigationEntry.adminLink("walks.nav.manage", WalksAdminView.class, VaadinIcon.ROAD, 30, Role.Names.STAFF,
                Role.Names.ADMIN);
    }

    @Bean
    NavigationEntry moderationLink() {
        return NavigationEntry.adminLink("walks.nav.moderation", ModerationView.class, VaadinIcon.CHECK_SQUARE_O, 31,
                Role.Names.MODERATOR, Role.Names.STAFF, Role.Names.ADMIN);
    }

    @Bean
    NavigationEntry criteriaLink() {
        return NavigationEntry.adminLink("walks.nav.criteria", CriteriaAdminView.class, VaadinIcon.LIST_UL, 32,
                Role.Names.ADMIN);
    }

    @Bean
    ProcessCard walksCard() {
        return new ProcessCard("home.walks.title", "home.walks.text", RouteTarget.of(WalksView.class), 30);
    }
}
