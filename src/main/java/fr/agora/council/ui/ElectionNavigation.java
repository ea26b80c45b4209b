package fr.agora.council.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The association elections' link in the administration menu. */
@Configuration(proxyBeanMethods = false)
public class ElectionNavigation {

    @Bean
    NavigationEntry associationElectionsLink() {
        return NavigationEntry.adminLink("election.nav.manage", "conseils/elections", VaadinIcon.CHECK_SQUARE_O, 12,
                Role.Names.STAFF, Role.Names.ADMIN);
    }
}
