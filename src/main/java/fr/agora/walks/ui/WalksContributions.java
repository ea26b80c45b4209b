package fr.agora.walks.ui;

import fr.agora.shared.domain.Role;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.ui.DashboardItem;
import fr.agora.shared.ui.MySpaceSection;
import fr.agora.shared.ui.RouteTarget;
import fr.agora.shared.ui.TerritoryLink;
import fr.agora.walks.service.ObservationService;
import fr.agora.walks.service.WalkService;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the walks add to the shared pages: territory links, "Mon espace" and the staff dashboard. */
final class WalksContributions {

    private WalksContributions() {
    }

    /** A territory's page links to its published walks. */
    @Component
    static class TerritoryWalks implements TerritoryLink.Source {

        @Override
        public List<TerritoryLink> linksFor(String territoryCode) {
            return List.of(new TerritoryLink("walks.territory.link", RouteTarget.of(TerritoryWalksView.class, "code",
                    territoryCode)));
        }
    }

    /** The walks on which the signed-in person captures pins. */
    @Component
    static class MyWalks implements MySpaceSection {

        private final WalkService walks;

        MyWalks(WalkService walks) {
            this.walks = walks;
        }

        @Override
        public String titleKey() {
            return "walks.myspace";
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public List<Item> items(Locale locale) {
            if (CurrentUser.email().isEmpty()) {
                return List.of();
            }
            return walks.mine().stream().map(w -> new Item(w.title(), w.territoryName() + ", "
                    + fr.agora.shared.ui.Dates.longDate(w.date(), locale),
                    w.state() == fr.agora.walks.domain.WalkState.DIAGNOSTIC
                            ? RouteTarget.of(WalkCaptureView.class, "walkId", String.valueOf(w.id()))
                            : RouteTarget.of(WalkView.class, "walkId", String.valueOf(w.id())))).toList();
        }
    }

    /** The signed-in person's own pins, each with what the public really sees of it. */
    @Component
    static class MyPins implements MySpaceSection {

        private final ObservationService observations;

        MyPins(ObservationService observations) {
            this.observations = observations;
        }

        @Override
        public String titleKey() {
            return "walks.myspace.pins";
        }

        @Override
        public int order() {
            return 31;
        }

        @Override
        public List<Item> items(Locale locale) {
            if (CurrentUser.email().isEmpty()) {
                return List.of();
            }
            fr.agora.shared.ui.I18nProvider texts = new fr.agora.shared.ui.I18nProvider();
            return observations.mine().stream().map(p -> {
                String text = p.pin().text() == null || p.pin().text().isBlank() ? p.pin().criterion().label(locale)
                        : p.pin().text().length() > 80 ? p.pin().text().substring(0, 79) + "…" : p.pin().text();
                RouteTarget target = p.walkOnline()
                        ? RouteTarget.of(WalkView.class, "walkId", String.valueOf(p.pin().walkId()))
                        : RouteTarget.of(WalkCaptureView.class, "walkId", String.valueOf(p.pin().walkId()));
                return new Item(p.pin().walkTitle() + " : " + text, texts.getTranslation(p.stateKey(), locale), target);
            }).toList();
        }
    }

    /** Recommendations past their due date without the work done (issue 14: the staff dashboard). */
    @Component
    static class OverdueRecommendations implements DashboardItem.Source {

        private final fr.agora.walks.service.RecommendationService recommendations;

        OverdueRecommendations(fr.agora.walks.service.RecommendationService recommendations) {
            this.recommendations = recommendations;
        }

        @Override
        public List<DashboardItem> items() {
            if (!CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
                return List.of();
            }
            return List.of(new DashboardItem("walks.dashboard.overdue", recommendations.overdueCount(),
                    RouteTarget.of(WalksAdminView.class), Set.of(Role.Names.STAFF, Role.Names.ADMIN)));
        }
    }

    /** Pins and photos awaiting moderation. */
    @Component
    static class Moderation implements DashboardItem.Source {

        private final ObservationService observations;

        Moderation(ObservationService observations) {
            this.observations = observations;
        }

        @Override
        public List<DashboardItem> items() {
            if (!CurrentUser.hasAnyRole(Role.MODERATOR, Role.STAFF, Role.ADMIN)) {
                return List.of();
            }
            return List.of(new DashboardItem("walks.dashboard.moderation", observations.moderationQueue().size(),
                    RouteTarget.of(ModerationView.class), Set.of(Role.Names.MODERATOR, Role.Names.STAFF, Role.Names.ADMIN)));
        }
    }
}
