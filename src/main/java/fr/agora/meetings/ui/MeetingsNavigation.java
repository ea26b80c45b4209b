package fr.agora.meetings.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.NavigationEntry;
import fr.agora.shared.ui.ProcessCard;
import fr.agora.shared.ui.RouteTarget;
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
        return NavigationEntry.publicLink("meetings.nav", CalendarView.class, VaadinIcon.CALENDAR, 22);
    }

    @Bean
    NavigationEntry meetingsMySpaceLink() {
        return NavigationEntry.forRoles("meetings.nav.my-space", MemberSpaceView.class, VaadinIcon.CALENDAR_USER, 23,
                Role.Names.COUNCIL_MEMBER, Role.Names.COMMITTEE_OFFICER);
    }

    @Bean
    NavigationEntry meetingsPlanningLink() {
        return NavigationEntry.adminLink("meetings.nav.planning", PlanningView.class, VaadinIcon.CALENDAR_CLOCK, 22,
                Role.Names.STAFF, Role.Names.ADMIN, Role.Names.COMMITTEE_OFFICER);
    }

    @Bean
    NavigationEntry meetingsComplianceLink() {
        return NavigationEntry.adminLink("meetings.nav.compliance", ComplianceView.class, VaadinIcon.DASHBOARD, 23,
                Role.Names.STAFF, Role.Names.ADMIN, Role.Names.ELECTED);
    }

    @Bean
    NavigationEntry visitesLink() {
        return NavigationEntry.publicLink("visites.nav", VisitesView.class, VaadinIcon.MAP_MARKER, 24);
    }

    @Bean
    NavigationEntry consultationsLink() {
        return NavigationEntry.publicLink("consultations.nav", ConsultationsView.class, VaadinIcon.HAMMER, 25);
    }

    @Bean
    NavigationEntry visitesManageLink() {
        return NavigationEntry.adminLink("visites.nav.manage", VisitesManageView.class, VaadinIcon.MAP_MARKER, 24,
                Role.Names.STAFF, Role.Names.ADMIN, Role.Names.COMMITTEE_OFFICER);
    }

    @Bean
    NavigationEntry consultationsManageLink() {
        return NavigationEntry.adminLink("consultations.nav.manage", ConsultationsManageView.class, VaadinIcon.HAMMER, 25,
                Role.Names.STAFF, Role.Names.ADMIN, Role.Names.MODERATOR);
    }

    @Bean
    ProcessCard meetingsCard() {
        return new ProcessCard("home.meetings.title", "home.meetings.text", RouteTarget.of(CalendarView.class), 22);
    }
}
