package fr.agora.shared.ui;

import java.util.List;
import java.util.Set;

/**
 * A line of the staff dashboard, "needs attention now": pins awaiting moderation, candidacies to review...
 * <b>How a feature contributes:</b> a {@code @Component} implementing {@link Source} in its {@code ui} package,
 * counting through its own services; {@link StaffDashboardView} shows the items the reader's roles allow, with
 * their count and a link to where the work is done.
 *
 * @param labelKey message key of the label, with the count as {@code {0}}
 * @param count    how many things wait
 * @param target   where they are handled
 * @param roles    roles that see the item (any of them)
 */
public record DashboardItem(String labelKey, long count, RouteTarget target, Set<String> roles) {

    /** A feature's dashboard items. */
    public interface Source {

        /** The items, counted now; an item with a zero count is shown as nothing to do. */
        List<DashboardItem> items();
    }
}
