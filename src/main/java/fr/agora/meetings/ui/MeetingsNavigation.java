package fr.agora.meetings.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meetings' links in the navigation and administration menu, and typed paths to their views. */
@Configuration(proxyBeanMethods = false)
public class MeetingsNavigation {

    public static final String CALENDAR = "reunions";
    public static final String MY_SPACE = "reunions/mon-espace";
    public static final String PLANNING = "reunions/planification";
    public static final String COMPLIANCE = "reunions/conformite";
    public static final String VISITES = "visites";
    public static final String VISITES_MANAGE = "visites/gestion";
    public static final String CONSULTATIONS = "consultations";
    public static final String CONSULTATIONS_MANAGE = "consultations/gestion";

    public static String meeting(long id) {
        return "reunions/" + id;
    }

    public static String session(long id) {
        return "reunions/" + id + "/seance";
    }

    public static String consultation(long id) {
        return "consultations/" + id;
    }

    @Bean
    NavigationEntry meetingsCalendarLink() {
        return NavigationEntry.publicLink("meetings.nav", CALENDAR, VaadinIcon.CALENDAR, 40);
    }

    @Bean
    NavigationEntry meetingsMySpaceLink() {
        return NavigationEntry.forRoles("meetings.nav.my-space", MY_SPACE, VaadinIcon.CALENDAR_USER, 41,
                Role.Names.COUNCIL_MEMBER, Role.Names.COMMITTEE_OFFICER, Role.Names.RESIDENT);
    }

    @Bean
    NavigationEntry visitesLink() {
        return NavigationEntry.publicLink("visites.nav", VISITES, VaadinIcon.MAP_MARKER, 43);
    }

    @Bean
    NavigationEntry consultationsLink() {
        return NavigationEntry.publicLink("consultations.nav", CONSULTATIONS, VaadinIcon.HAMMER, 44);
    }

    @Bean
    NavigationEntry meetingsPlanningLink() {
        return NavigationEntry.adminLink("meetings.nav.planning", PLANNING, VaadinIcon.CALENDAR_CLOCK, 40,
                Role.Names.STAFF, Role.Names.ADMIN, Role.Names.COMMITTEE_OFFICER);
    }

    @Bean
    NavigationEntry meetingsComplianceLink() {
        return NavigationEntry.adminLink("meetings.nav.compliance", COMPLIANCE, VaadinIcon.DASHBOARD, 41,
                Role.Names.STAFF, Role.Names.ADMIN, Role.Names.ELECTED);
    }

    @Bean
    NavigationEntry visitesManageLink() {
        return NavigationEntry.adminLink("visites.nav.manage", VISITES_MANAGE, VaadinIcon.MAP_MARKER, 42,
                Role.Names.STAFF, Role.Names.ADMIN, Role.Names.COMMITTEE_OFFICER);
    }

    @Bean
    NavigationEntry consultationsManageLink() {
        return NavigationEntry.adminLink("consultations.nav.manage", CONSULTATIONS_MANAGE, VaadinIcon.HAMMER, 43,
                Role.Names.STAFF, Role.Names.ADMIN, Role.Names.MODERATOR);
    }
}
