package fr.agora.meetings.ui;

import fr.agora.meetings.service.ComplianceReport;
import fr.agora.meetings.service.ComplianceService;
import fr.agora.meetings.service.MemberSpace;
import fr.agora.meetings.service.ParticipationService;
import fr.agora.meetings.service.Paris;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.ui.DashboardItem;
import fr.agora.shared.ui.MySpaceSection;
import fr.agora.shared.ui.RouteTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the meetings add to the shared pages: "Mon espace" and the staff dashboard. */
final class MeetingsContributions {

    private MeetingsContributions() {
    }

    /** A member's next meetings and the minutes they are asked to approve. */
    @Component
    static class MyMeetings implements MySpaceSection {

        private final ParticipationService participation;

        MyMeetings(ParticipationService participation) {
            this.participation = participation;
        }

        @Override
        public String titleKey() {
            return "meetings.my-space.title";
        }

        @Override
        public int order() {
            return 22;
        }

        @Override
        public List<Item> items(Locale locale) {
            if (CurrentUser.email().isEmpty()) {
                return List.of();
            }
            BundleTexts t = new BundleTexts("meetings", locale);
            List<Item> items = new ArrayList<>();
            for (MemberSpace.BodySpace b : participation.mySpace().bodies()) {
                b.upcoming().forEach(m -> items.add(new Item(m.title() + " — " + b.body().name(),
                        Paris.shown(m.startsAt(), locale), RouteTarget.of(MeetingView.class, "meetingId", String.valueOf(m.id())))));
                b.minutesToApprove().forEach(m -> items.add(new Item(t.get("meetings.my-space.minutes"), m.title(),
                        RouteTarget.of(MeetingView.class, "meetingId", String.valueOf(m.id())))));
            }
            return items;
        }
    }

    /** Conseils under five meetings and comités without a visite this year. */
    @Component
    static class Compliance implements DashboardItem.Source {

        private final ComplianceService compliance;

        Compliance(ComplianceService compliance) {
            this.compliance = compliance;
        }

        @Override
        public List<DashboardItem> items() {
            if (!CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN, Role.ELECTED)) {
                return List.of();
            }
            ComplianceReport r = compliance.currentYear();
            Set<String> roles = Set.of(Role.Names.STAFF, Role.Names.ADMIN, Role.Names.ELECTED);
            return List.of(
                    new DashboardItem("meetings.dashboard.councils", r.flaggedCouncils().size(),
                            RouteTarget.of(ComplianceView.class), roles),
                    new DashboardItem("meetings.dashboard.comites", r.flaggedComites().size(),
                            RouteTarget.of(ComplianceView.class), roles));
        }
    }
}
