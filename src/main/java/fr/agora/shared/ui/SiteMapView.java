package fr.agora.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.List;

/**
 * The plan du site, built from the same contributions as the navigation ({@link NavigationEntry} beans), so that a
 * new feature appears here without a change: the public pages, then those the visitor's roles open, then the
 * footer's pages.
 */
@Route(value = "plan-du-site", layout = MainLayout.class)
@AnonymousAllowed
public class SiteMapView extends AgoraView {

    final UnorderedList pages = new UnorderedList();

    public SiteMapView(List<NavigationEntry> entries, AuthenticationContext auth) {
        pages.setId("sitemap");
        pages.add(new ListItem(RouteTarget.of(HomeView.class).link(getTranslation("nav.home"))));
        pages.add(new ListItem(RouteTarget.of(TerritoriesView.class).link(getTranslation("nav.territories"))));
        pages.add(new ListItem(RouteTarget.of(SearchView.class).link(getTranslation("nav.search"))));
        entries.stream().filter(e -> !e.admin() && e.visibleTo(auth::hasRole))
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .forEach(e -> pages.add(new ListItem(e.link(getTranslation(e.labelKey())))));
        if (auth.isAuthenticated()) {
            pages.add(new ListItem(RouteTarget.of(MySpaceView.class).link(getTranslation("nav.myspace"))));
            pages.add(new ListItem(RouteTarget.of(ProfileView.class).link(getTranslation("nav.profile"))));
        } else {
            pages.add(new ListItem(RouteTarget.of(LoginView.class).link(getTranslation("nav.login"))));
            pages.add(new ListItem(RouteTarget.of(RegisterView.class).link(getTranslation("nav.register"))));
        }
        add(pages);
        List<NavigationEntry> admin = entries.stream().filter(e -> e.admin() && e.visibleTo(auth::hasRole))
                .sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
        if (!admin.isEmpty()) {
            UnorderedList staff = new UnorderedList();
            staff.setId("sitemap-admin");
            admin.forEach(e -> staff.add(new ListItem(e.link(getTranslation(e.labelKey())))));
            add(new H2(getTranslation("nav.admin")), staff);
        }
        UnorderedList about = new UnorderedList();
        LegalPages.FOOTER.forEach(p -> about.add(new ListItem(RouteTarget.of(p.view()).link(getTranslation(p.labelKey())))));
        add(new H2(getTranslation("footer.label")), about);
    }

    @Override
    protected String titleKey() {
        return "sitemap.title";
    }
}
