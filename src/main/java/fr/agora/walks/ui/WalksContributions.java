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
                    + java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)
                    .format(w.date()),
                    RouteTarget.of(WalkCaptureView.class, "walkId", String.valueOf(w.id())))).toList();
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
