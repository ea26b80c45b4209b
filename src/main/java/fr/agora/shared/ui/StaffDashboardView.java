package fr.agora.shared.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.shared.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The staff's "needs attention now": one line per {@link DashboardItem} the reader's roles allow, waiting work
 * first, each a link to where it is handled.
 */
@Route(value = "admin/tableau-de-bord", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.MODERATOR, Role.Names.DRAW_OPERATOR})
public class StaffDashboardView extends AgoraView {

    final UnorderedList list = new UnorderedList();

    public StaffDashboardView(List<DashboardItem.Source> sources, AuthenticationContext auth) {
        List<DashboardItem> items = sources.stream().flatMap(s -> s.items().stream())
                .filter(i -> i.roles().stream().anyMatch(auth::hasRole))
                .sorted(java.util.Comparator.comparing((DashboardItem i) -> i.count() == 0)).toList();
        list.setId("dashboard-items");
        items.forEach(i -> {
            ListItem line = new ListItem(i.target().link(getTranslation(i.labelKey(), i.count())));
            if (i.count() == 0) {
                line.addClassName("agora-dashboard-done");
            }
            list.add(line);
        });
        add(items.isEmpty() ? new Paragraph(getTranslation("dashboard.empty")) : list);
    }

    @Override
    protected String titleKey() {
        return "dashboard.title";
    }
}
