package fr.agora.shared.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A link a feature adds to the main navigation. Features declare theirs as Spring beans, so that
 * {@link MainLayout} needs no change when a feature is added (as Decidim components register with its core).
 *
 * @param labelKey  message key of the label
 * @param path      route path
 * @param icon      icon
 * @param order     position (lower first)
 * @param roles     roles that see the link; empty means everyone, including anonymous visitors
 * @param admin     true to place it in the administration menu
 */
public record NavigationEntry(String labelKey, String path, VaadinIcon icon, int order, java.util.Set<String> roles,
        boolean admin) {

    /** A public link. */
    public static NavigationEntry publicLink(String labelKey, String path, VaadinIcon icon, int order) {
        return new NavigationEntry(labelKey, path, icon, order, java.util.Set.of(), false);
    }

    /** A link for the given roles (any of them). */
    public static NavigationEntry forRoles(String labelKey, String path, VaadinIcon icon, int order, String... roles) {
        return new NavigationEntry(labelKey, path, icon, order, java.util.Set.of(roles), false);
    }

    /** A link in the administration menu, for the given roles. */
    public static NavigationEntry adminLink(String labelKey, String path, VaadinIcon icon, int order, String... roles) {
        return new NavigationEntry(labelKey, path, icon, order, java.util.Set.of(roles), true);
    }
}
