package fr.agora.plenary.ui;

import fr.agora.plenary.domain.SessionStatus;
import fr.agora.plenary.service.AvisService;
import fr.agora.plenary.service.ContributionService;
import fr.agora.plenary.service.DesignationData;
import fr.agora.plenary.service.PlenaryService;
import fr.agora.plenary.service.RepresentativeService;
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

/** What the plenary adds to the shared pages: "Mon espace" and the staff dashboard. */
final class PlenaryContributions {

    private PlenaryContributions() {
    }

    /** A representative's plenary (the session from their phone) and the designation votes they may cast. */
    @Component
    static class MyPlenary implements MySpaceSection {

        private final PlenaryService plenaries;
        private final RepresentativeService representatives;

        MyPlenary(PlenaryService plenaries, RepresentativeService representatives) {
            this.plenaries = plenaries;
            this.representatives = representatives;
        }

        @Override
        public String titleKey() {
            return "plenary.my-space.title";
        }

        @Override
        public int order() {
            return 50;
        }

        @Override
        public List<Item> items(Locale locale) {
            if (CurrentUser.email().isEmpty()) {
                return List.of();
            }
            BundleTexts t = new BundleTexts("plenary", locale);
            List<Item> items = new ArrayList<>();
            plenaries.invitedTo().ifPresent(p -> items.add(new Item(t.get("plenary.my-space.invited", p.title()),
                    t.get(p.sessionStatus() == SessionStatus.OPEN ? "plenary.my-space.in-session" : "plenary.my-space.planned"),
                    PlenaryNavigation.seanceTarget(p.id()))));
            plenaries.current().ifPresent(p -> {
                for (DesignationData d : representatives.designations(p.id())) {
                    if (d.open() && d.eligible() && !d.voted()) {
                        items.add(new Item(t.get("plenary.my-space.designation", d.councilName()),
                                t.get("plenary.college." + d.college().name()), RouteTarget.of(DesignationVoteView.class)));
                    }
                }
            });
            return items;
        }
    }

    /** Avis awaiting the city's answer, an incomplete invitation list, comments to moderate. */
    @Component
    static class Dashboard implements DashboardItem.Source {

        private final PlenaryService plenaries;
        private final AvisService avis;
        private final ContributionService contributions;

        Dashboard(PlenaryService plenaries, AvisService avis, ContributionService contributions) {
            this.plenaries = plenaries;
            this.avis = avis;
            this.contributions = contributions;
        }

        @Override
        public List<DashboardItem> items() {
            List<DashboardItem> items = new ArrayList<>();
            if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN, Role.ELECTED)) {
                items.add(new DashboardItem("plenary.dashboard.avis", avis.awaitingAnswer(),
                        RouteTarget.of(AvisListView.class), Set.of(Role.Names.STAFF, Role.Names.ADMIN, Role.Names.ELECTED)));
            }
            if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
                long incomplete = plenaries.current().filter(p -> !p.invitationsFinal())
                        .map(p -> (long) plenaries.invitations(p.id()).incomplete().size()).orElse(0L);
                items.add(new DashboardItem("plenary.dashboard.invitations", incomplete,
                        RouteTarget.of(PlenaryManageView.class), Set.of(Role.Names.STAFF, Role.Names.ADMIN)));
            }
            if (CurrentUser.hasAnyRole(Role.MODERATOR, Role.STAFF, Role.ADMIN)) {
                items.add(new DashboardItem("plenary.dashboard.comments", contributions.pendingCount(),
                        RouteTarget.of(CommentModerationView.class),
                        Set.of(Role.Names.MODERATOR, Role.Names.STAFF, Role.Names.ADMIN)));
            }
            return items;
        }
    }
}
