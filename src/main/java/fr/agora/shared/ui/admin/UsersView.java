package fr.agora.shared.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.UserAdminService;
import fr.agora.shared.service.UserSummary;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** Admins find accounts and grant or revoke roles; every change is audited by the service. */
@Route(value = "admin/utilisateurs", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends AgoraView {

    final TextField filter = new TextField();
    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final transient UserAdminService admin;

    private final transient fr.agora.shared.service.TerritoryService territories;

    public UsersView(UserAdminService admin, fr.agora.shared.service.TerritoryService territories) {
        this.admin = admin;
        this.territories = territories;
        setMaxWidth(null);
        filter.setLabel(getTranslation("users.search"));
        filter.setId("users-filter");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.addValueChangeListener(e -> refresh());

        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.email")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().filter(r -> r != Role.RESIDENT).map(r -> getTranslation("role." + r.name()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setFlexGrow(1);
        grid.addColumn(u -> u.locked() ? getTranslation("users.locked") : u.enabled() ? (u.emailVerified()
                ? getTranslation("users.active") : getTranslation("users.unverified")) : getTranslation("users.disabled"))
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button edit = new Button(getTranslation("users.edit"), e -> edit(u));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("users.edit") + " " + u.email());
            return edit;
        }).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("users-grid");
        grid.setAriaLabel(getTranslation("users.title"));
        add(filter, grid);
        setFlexGrow(1, grid);
        setHeightFull();
        refresh();
    }

    void refresh() {
        grid.setItems(admin.search(filter.getValue()));
    }

    void edit(UserSummary user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(user.email());
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setItems(EnumSet.complementOf(EnumSet.of(Role.RESIDENT)));
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(EnumSet.copyOf(user.roles()));
        roles.setId("user-roles");
        TextField organisation = new TextField(getTranslation("users.organisation"));
        organisation.setValue(user.organisation() == null ? "" : user.organisation());
        organisation.setMaxLength(160);
        Checkbox enabled = new Checkbox(getTranslation("users.enabled"), user.enabled());
        // a comité officer acts for one comité de quartier, set here (issue 14, item 9; audited by the service)
        com.vaadin.flow.component.combobox.ComboBox<fr.agora.shared.service.TerritoryData> quartier =
                new com.vaadin.flow.component.combobox.ComboBox<>(getTranslation("users.quartier"));
        quartier.setId("user-quartier");
        quartier.setHelperText(getTranslation("users.quartier-help"));
        quartier.setItems(territories.residenceChoices());
        quartier.setItemLabelGenerator(fr.agora.shared.service.TerritoryData::name);
        quartier.setClearButtonVisible(true);
        quartier.setWidthFull();
        quartier.getListDataView().getItems().filter(t -> t.id() == (user.quartierId() == null ? -1 : user.quartierId()))
                .findFirst().ifPresent(quartier::setValue);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                admin.setRoles(user.id(), roles.getValue());
                admin.setOrganisation(user.id(), organisation.getValue());
                admin.setQuartier(user.id(), quartier.getValue() == null ? null : quartier.getValue().id());
                if (enabled.getValue() != user.enabled()) {
                    admin.setEnabled(user.id(), enabled.getValue());
                }
                Notifications.success(getTranslation("users.saved"));
                dialog.close();
                refresh();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(roles, organisation, quartier, enabled);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    @Override
    protected String titleKey() {
        return "users.title";
    }
}
