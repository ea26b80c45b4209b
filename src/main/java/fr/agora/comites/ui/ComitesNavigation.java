package fr.agora.comites.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The comités' links and typed paths. */
@Configuration(proxyBeanMethods = false)
public class ComitesNavigation {

    public static final String DIRECTORY = "comites";
    public static final String MANAGE = "comites/gestion";

    @Bean
    NavigationEntry comitesLink() {
        return NavigationEntry.publicLink("comites.nav", DIRECTORY, VaadinIcon.USERS, 42);
    }

    @Bean
    NavigationEntry comitesManageLink() {
        return NavigationEntry.adminLink("comites.nav.manage", MANAGE, VaadinIcon.USERS, 44, Role.Names.STAFF,
                Role.Names.ADMIN, Role.Names.COMMITTEE_OFFICER);
    }
}
