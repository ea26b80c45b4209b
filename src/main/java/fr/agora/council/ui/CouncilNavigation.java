package fr.agora.council.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The councils' links in the main navigation and the administration menu. */
@Configuration(proxyBeanMethods = false)
public class CouncilNavigation {

    @Bean
    NavigationEntry councilsLink() {
        return NavigationEntry.publicLink("council.nav", "conseils", VaadinIcon.USERS, 10);
    }

    @Bean
    NavigationEntry membersAreaLink() {
        return NavigationEntry.forRoles("council.nav.members", "conseils/espace-membres", VaadinIcon.GROUP, 11,
                Role.Names.COUNCIL_MEMBER);
    }

    @Bean
    NavigationEntry comiteLink() {
        return NavigationEntry.forRoles("comite.nav", "conseils/comite", VaadinIcon.HANDSHAKE, 12,
                Role.Names.COMMITTEE_OFFICER);
    }

    @Bean
    NavigationEntry drawsLink() {
        return NavigationEntry.adminLink("council.nav.draws", "conseils/tirages", VaadinIcon.RANDOM, 11,
                Role.Names.DRAW_OPERATOR);
    }

    @Bean
    NavigationEntry campaignsAdminLink() {
        return NavigationEntry.adminLink("candidacy.nav", "conseils/candidatures", VaadinIcon.CLIPBOARD_USER, 12,
                Role.Names.STAFF, Role.Names.ADMIN, Role.Names.PARTNER, Role.Names.DRAW_OPERATOR);
    }

    @Bean
    NavigationEntry councilsAdminLink() {
        return NavigationEntry.adminLink("council.nav.manage", "conseils/gestion", VaadinIcon.USERS, 10,
                Role.Names.STAFF, Role.Names.ADMIN);
    }
}
