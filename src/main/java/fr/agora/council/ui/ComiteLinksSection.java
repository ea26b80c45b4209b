package fr.agora.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.agora.council.service.Appointment;
import fr.agora.council.service.ComiteDesignationData;
import fr.agora.council.service.ComiteDesignationService;
import fr.agora.council.service.LinkedComite;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.Notifications;
import java.util.List;
import java.util.Map;

/**
 * Staff's part of the membres de droit, in the council's detail: which comités de quartier the council's territory
 * covers (only those designate), their current membres de droit, and a designation entered on a comité's behalf.
 */
final class ComiteLinksSection extends Div {

    private final ComiteDesignationService comites;
    private final long councilId;
    private final Runnable changed;
    final Grid<LinkedComite> grid = new Grid<>();
    final ComboBox<String> comite = new ComboBox<>();
    final Button link = new Button();
    final ComboBox<String> forComite = new ComboBox<>();
    final TextField titulaire = new TextField();
    final TextField suppleant = new TextField();
    final Button designate = new Button();

    /**
     * @param changed called after a change that alters the council's members (the view reloads them)
     */
    ComiteLinksSection(ComiteDesignationService comites, long councilId, Runnable changed) {
        this.comites = comites;
        this.councilId = councilId;
        this.changed = changed;
        add(new H3(getTranslation("comite.admin.title")), new Paragraph(getTranslation("comite.admin.help")));
        grid.addColumn(LinkedComite::name).setHeader(getTranslation("comite.admin.col.comite")).setAutoWidth(true);
        grid.addColumn(l -> designation(l.designation())).setHeader(getTranslation("comite.admin.col.members"))
                .setAutoWidth(true);
        grid.addComponentColumn(l -> {
            Button remove = new Button(getTranslation("comite.admin.unlink"));
            remove.getElement().setAttribute("aria-label", getTranslation("comite.admin.unlink-of", l.name()));
            remove.addClickListener(e -> confirmUnlink(l));
            return remove;
        }).setHeader(getTranslation("council.col.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("comite.admin.title"));
        add(grid);

        Map<String, String> choices = comites.comiteChoices();
        comite.setLabel(getTranslation("comite.admin.field.comite"));
        comite.setItemLabelGenerator(code -> choices.getOrDefault(code, code));
        link.setText(getTranslation("comite.admin.link"));
        link.addClickListener(e -> act(() -> comites.link(councilId, comite.getValue()), "comite.admin.linked"));
        FlexLayout linkRow = new FlexLayout(comite, link);
        linkRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        linkRow.setAlignItems(FlexComponent.Alignment.END);
        linkRow.getStyle().set("gap", "var(--lumo-space-m)");
        add(linkRow);

        forComite.setLabel(getTranslation("comite.admin.field.for-comite"));
        forComite.setItemLabelGenerator(code -> choices.getOrDefault(code, code));
        titulaire.setLabel(getTranslation("council.field.person-name", getTranslation("council.position.TITULAIRE")));
        titulaire.setMaxLength(160);
        suppleant.setLabel(getTranslation("council.field.person-name", getTranslation("council.position.SUPPLEANT")));
        suppleant.setMaxLength(160);
        designate.setText(getTranslation("comite.admin.designate"));
        designate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        designate.addClickListener(e -> act(() -> comites.designateFor(councilId, forComite.getValue(),
                new Appointment(titulaire.getValue(), null, null, null, false),
                new Appointment(suppleant.getValue(), null, null, null, false)), "comite.admin.designated"));
        FormLayout form = new FormLayout(forComite, titulaire, suppleant, designate);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(new H3(getTranslation("comite.admin.on-behalf")), new Paragraph(getTranslation("comite.admin.on-behalf-help")),
                form);
        refresh(choices);
    }

    private String designation(ComiteDesignationData d) {
        if (d == null) {
            return getTranslation("comite.admin.none");
        }
        return getTranslation(d.onBehalf() ? "comite.admin.members-on-behalf" : "comite.admin.members",
                d.titulaire() == null ? getTranslation("comite.vacant") : d.titulaire(),
                d.suppleant() == null ? getTranslation("comite.vacant") : d.suppleant(), d.designatedBy());
    }

    private void confirmUnlink(LinkedComite l) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("comite.admin.unlink-header", l.name()));
        dialog.setText(getTranslation(l.designation() == null ? "comite.admin.unlink-text"
                : "comite.admin.unlink-text-members", l.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("comite.admin.unlink"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> act(() -> comites.unlink(councilId, l.code()), "comite.admin.unlinked"));
        dialog.open();
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(getTranslation(successKey));
            changed.run();
        } catch (BusinessException ex) {
            Notifications.error(ex);
        }
    }

    private void refresh(Map<String, String> choices) {
        List<LinkedComite> linked = comites.linked(councilId);
        grid.setItems(linked);
        List<String> linkedCodes = linked.stream().map(LinkedComite::code).toList();
        comite.setItems(choices.keySet().stream().filter(code -> !linkedCodes.contains(code)).toList());
        forComite.setItems(linkedCodes);
    }
}
