package fr.agora.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Objects;

/**
 * Where a contributed link leads: a view class and its route parameters, checked by the compiler instead of a
 * string path. Contributions ({@link NavigationEntry}, {@link ProcessCard}, {@link TerritoryLink},
 * {@link MySpaceSection.Item}, {@link DashboardItem}) carry one; shared pages turn it into a link with
 * {@link #link(String)} or {@link #navItem(String, VaadinIcon)}.
 *
 * @param view       the target view (a {@code @Route} class)
 * @param parameters its route parameters, empty for a route without any
 */
public record RouteTarget(Class<? extends Component> view, RouteParameters parameters) {

    public RouteTarget {
        Objects.requireNonNull(view, "view");
        parameters = parameters == null ? RouteParameters.empty() : parameters;
    }

    /** A route without parameters. */
    public static RouteTarget of(Class<? extends Component> view) {
        return new RouteTarget(view, RouteParameters.empty());
    }

    /** A route with one parameter, such as {@code of(CouncilView.class, "slug", "etouvie")}. */
    public static RouteTarget of(Class<? extends Component> view, String parameter, String value) {
        return new RouteTarget(view, new RouteParameters(parameter, value));
    }

    /** A link to the target with this text. */
    public RouterLink link(String text) {
        return new RouterLink(text, view, parameters);
    }

    /** A navigation item to the target. */
    public SideNavItem navItem(String label, VaadinIcon icon) {
        return new SideNavItem(label, view, parameters, icon.create());
    }
}
