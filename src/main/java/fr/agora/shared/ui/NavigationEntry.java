package fr.agora.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Set;

/**
 * A link a feature adds to the main navigation. <b>How a feature contributes:</b> declare {@code @Bean}s of this
 * type in a {@code @Configuration} of its {@code ui} package (see {@code WalksNavigation}); {@link MainLayout}
 * shows them sorted by {@link #order()}, to the roles named, and needs no change when a feature is added (as Decidim
 * components register with its core). Orders: councils 10-19, meetings 20-29, walks 30-39, budget 40-49,
 * plenary 50-59.
 *
 * @param labelKey message key of the label
 * @param target   the view it opens
 * @param path     legacy string path, only when {@code target} is null (entries not yet typed)
 * @param icon     icon
 * @param order    position (lower first)
 * @param roles    roles that see the link; empty means everyone, including anonymous visitors
 * @param admin    true to place it in the administration menu
 */
public record NavigationEntry(String labelKey, RouteTarget target, String path, VaadinIcon icon, int order,
        Set<String> roles, boolean admin) {

    /** A public link. */
    public static NavigationEntry publicLink(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order) {
        return new NavigationEntry(labelKey, RouteTarget.of(view), null, icon, order, Set.of(), false);
    }

    /** A link for the given roles (any of them). */
    public static NavigationEntry forRoles(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order,
            String... roles) {
        return new NavigationEntry(labelKey, RouteTarget.of(view), null, icon, order, Set.of(roles), false);
    }

    /** A link in the administration menu, for the given roles. */
    public static NavigationEntry adminLink(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order,
            String... roles) {
        return new NavigationEntry(labelKey, RouteTarget.of(view), null, icon, order, Set.of(roles), true);
    }

    /** A public link by string path. @deprecated use the typed overload with the view class */
    @Deprecated
    public static NavigationEntry publicLink(String labelKey, String path, VaadinIcon icon, int order) {
        return new NavigationEntry(labelKey, null, path, icon, order, Set.of(), false);
    }

    /** A link by string path for some roles. @deprecated use the typed overload with the view class */
    @Deprecated
    public static NavigationEntry forRoles(String labelKey, String path, VaadinIcon icon, int order, String... roles) {
        return new NavigationEntry(labelKey, null, path, icon, order, Set.of(roles), false);
    }

    /** An administration link by string path. @deprecated use the typed overload with the view class */
    @Deprecated
    public static NavigationEntry adminLink(String labelKey, String path, VaadinIcon icon, int order, String... roles) {
        return new NavigationEntry(labelKey, null, path, icon, order, Set.of(roles), true);
    }

    /** Whether a user with these role checks sees the entry. */
    public boolean visibleTo(java.util.function.Predicate<String> hasRole) {
        return roles.isEmpty() || roles.stream().anyMatch(hasRole);
    }

    /** A link to the entry's page (site map). */
    com.vaadin.flow.component.Component link(String label) {
        return target != null ? target.link(label) : new com.vaadin.flow.component.html.Anchor(path, label);
    }

    SideNavItem item(String label) {
        return target != null ? target.navItem(label, icon) : new SideNavItem(label, path, icon.create());
    }
}
