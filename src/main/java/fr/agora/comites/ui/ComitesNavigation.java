package fr.agora.comites.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.NavigationEntry;
import fr.agora.shared.ui.ProcessCard;
import fr.agora.shared.ui.RouteTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The comités' links and typed paths. */
@Configuration(proxyBeanMethods = false)
public class ComitesNavigation {

    public static final String DIRECTORY = "comites";
    public static final String MANAGE = "comites/gestion";

    @Bean
    NavigationEntry comitesLink() {
        return NavigationEntry.publicLink("comites.nav", ComitesView.class, VaadinIcon.USERS, 20);
    }

    @Bean
    NavigationEntry comitesManageLink() {
        return NavigationEntry.adminLink("comites.nav.manage", ComiteManageView.class, VaadinIcon.USERS, 20, Role.Names.STAFF,
                Role.Names.ADMIN, Role.Names.COMMITTEE_OFFICER);
    }

    @Bean
    ProcessCard comitesCard() {
        return new ProcessCard("comites.card.title", "comites.card.text", RouteTarget.of(ComitesView.class), 20);
    }
}
