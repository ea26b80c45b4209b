package fr.agora.plenary.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.NavigationEntry;
import fr.agora.shared.ui.ProcessCard;
import fr.agora.shared.ui.RouteTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plenary's links in the navigation, its home card, and typed paths to its views. */
@Configuration(proxyBeanMethods = false)
public class PlenaryNavigation {

    public static final String PAGE = "pleniere";
    public static final String AVIS = "pleniere/avis";
    public static final String MANAGE = "pleniere/gestion";
    public static final String MODERATION = "pleniere/moderation";
    public static final String DESIGNATIONS = "pleniere/designations";

    public static String seance(long plenaryId) {
        return "pleniere/" + plenaryId + "/seance";
    }

    public static String projector(long plenaryId) {
        return "pleniere/" + plenaryId + "/projection";
    }

    public static String chair(long plenaryId) {
        return "pleniere/" + plenaryId + "/presidence";
    }

    static RouteTarget seanceTarget(long plenaryId) {
        return RouteTarget.of(SeanceView.class, "plenaryId", String.valueOf(plenaryId));
    }

    @Bean
    NavigationEntry plenaryLink() {
        return NavigationEntry.publicLink("plenary.nav", PlenaryView.class, VaadinIcon.INSTITUTION, 50);
    }

    @Bean
    NavigationEntry plenaryAvisLink() {
        return NavigationEntry.publicLink("plenary.nav.avis", AvisListView.class, VaadinIcon.COMMENTS, 51);
    }

    @Bean
    NavigationEntry plenaryManageLink() {
        return NavigationEntry.adminLink("plenary.nav.manage", PlenaryManageView.class, VaadinIcon.INSTITUTION, 50,
                Role.Names.STAFF, Role.Names.ADMIN);
    }

    @Bean
    NavigationEntry plenaryModerationLink() {
        return NavigationEntry.adminLink("plenary.nav.moderation", CommentModerationView.class, VaadinIcon.COMMENT_ELLIPSIS, 51,
                Role.Names.MODERATOR, Role.Names.STAFF, Role.Names.ADMIN);
    }

    @Bean
    ProcessCard plenaryCard() {
        return new ProcessCard("home.plenary.title", "home.plenary.text", RouteTarget.of(PlenaryView.class), 50);
    }
}
