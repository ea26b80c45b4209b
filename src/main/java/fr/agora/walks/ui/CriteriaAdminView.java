package fr.agora.walks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.walks.service.CriterionData;
import fr.agora.walks.service.CriterionService;
import jakarta.annotation.security.RolesAllowed;

/** Admins extend the diagnostic grid: a label in French and English, a map symbol, a colour, an order; or retire one. */
@Route(value = "admin/grille-diagnostic", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class CriteriaAdminView extends AgoraView {

    private final transient CriterionService criteria;
    final Grid<CriterionData> grid = new Grid<>(CriterionData.class, false);
    final TextField labelFr = new TextField();
    final TextField labelEn = new TextField();
    final TextField symbol = new TextField();
    final TextField colour = new TextField();
    final IntegerField order = new IntegerField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    CriterionData editing;

    public CriteriaAdminView(CriterionService criteria) {
        addClassName("agora-walks");
        this.criteria = criteria;
        add(new Paragraph(getTranslation("criteria.intro")));
        grid.addComponentColumn(c -> {
            Span s = new Span(c.symbol());
            s.addClassName("agora-legend-swatch");
            s.getStyle().set("background-color", c.colour());
            return s;
        }).setHeader(getTranslation("criteria.symbol")).setAutoWidth(true);
        grid.addColumn(c -> c.label(getLocale())).setHeader(getTranslation("criteria.label")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation(c.active() ? "criteria.active" : "criteria.retired")).setHeader(getTranslation("criteria.state"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.builtIn() ? "criteria.builtin" : "criteria.added")).setHeader(getTranslation("criteria.origin"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("criteria.table"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        labelFr.setLabel(getTranslation("criteria.label-fr"));
        labelFr.setMaxLength(120);
        labelFr.setId("criterion-label-fr");
        labelEn.setLabel(getTranslation("criteria.label-en"));
        labelEn.setMaxLength(120);
        symbol.setLabel(getTranslation("criteria.symbol"));
        symbol.setHelperText(getTranslation("criteria.symbol.help"));
        symbol.setMaxLength(2);
        symbol.setId("criterion-symbol");
        colour.setLabel(getTranslation("criteria.colour"));
        colour.setHelperText(getTranslation("criteria.colour.help"));
        colour.setMaxLength(7);
        colour.setId("criterion-colour");
        order.setLabel(getTranslation("criteria.order"));
        active.setLabel(getTranslation("criteria.active"));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("criterion-save");
        save.addClickListener(e -> save());
        Button create = new Button(getTranslation("criteria.new"), e -> {
            grid.asSingleSelect().clear();
            edit(null);
        });
        FormLayout form = new FormLayout(labelFr, labelEn, symbol, colour, order, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(grid, create, new H2(getTranslation("criteria.edit")), form, save);
        refresh();
        edit(null);
    }

    void refresh() {
        grid.setItems(criteria.all());
    }

    void edit(CriterionData c) {
        editing = c;
        labelFr.setValue(c == null ? "" : c.labelFr());
        labelEn.setValue(c == null || c.labelEn() == null ? "" : c.labelEn());
        symbol.setValue(c == null ? "" : c.symbol());
        colour.setValue(c == null ? "#444444" : c.colour());
        order.setValue(c == null ? 100 : c.sortOrder());
        active.setValue(c == null || c.active());
    }

    void save() {
        try {
            CriterionData saved = criteria.save(new CriterionData(editing == null ? null : editing.id(),
                    editing == null ? null : editing.code(), labelFr.getValue(), labelEn.getValue(), symbol.getValue(),
                    colour.getValue(), order.getValue() == null ? 100 : order.getValue(), active.getValue(),
                    editing != null && editing.builtIn()));
            Notifications.success(getTranslation("criteria.saved", saved.labelFr()));
            refresh();
            edit(null);
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "criteria.title";
    }
}
