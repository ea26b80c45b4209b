package fr.agora.walks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.walks.service.WalkService;
import fr.agora.walks.service.WalkSummary;
import jakarta.annotation.security.RolesAllowed;

/** Staff: every walk, published or not, with its step; open one to manage it, or create a new one. */
@Route(value = "marches/gestion", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class WalksAdminView extends AgoraView {

    final Grid<WalkSummary> grid = new Grid<>(WalkSummary.class, false);

    public WalksAdminView(WalkService walks) {
        addClassName("agora-walks");
        setMaxWidth("1200px");
        Button create = new Button(getTranslation("walks.admin.new"), e -> getUI().ifPresent(ui -> ui.navigate("marches/gestion/nouvelle")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("walks-new");
        add(new Paragraph(getTranslation("walks.admin.intro")), create);
        grid.addComponentColumn(w -> new Anchor("marches/gestion/" + w.id(), w.title())).setHeader(getTranslation("walk.field.title"))
                .setFlexGrow(2);
        grid.addColumn(WalkSummary::territoryName).setHeader(getTranslation("walk.field.territory")).setAutoWidth(true);
        grid.addColumn(w -> WalkUi.date(this, w.date())).setHeader(getTranslation("walk.field.date")).setAutoWidth(true);
        grid.addColumn(w -> getTranslation("walk.state." + w.state().name())).setHeader(getTranslation("walk.field.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(w -> new Span(getTranslation(w.published() ? "walks.admin.published" : "walks.admin.draft")))
                .setHeader(getTranslation("walks.admin.page")).setAutoWidth(true);
        grid.setItems(walks.all());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("walks.admin.table"));
        add(grid, new Paragraph(new Anchor("marches/moderation", getTranslation("walks.nav.moderation"))));
    }

    @Override
    protected String titleKey() {
        return "walks.admin.title";
    }
}
