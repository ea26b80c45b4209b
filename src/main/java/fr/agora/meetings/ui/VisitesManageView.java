package fr.agora.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.comites.ComiteRegistry;
import fr.agora.meetings.domain.ItemKind;
import fr.agora.meetings.domain.ItemStatus;
import fr.agora.meetings.service.VisiteData;
import fr.agora.meetings.service.VisiteService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.GeoPointField;
import fr.agora.shared.ui.map.MapSettings;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Visites for a comité's officer (their own comité) or staff: plan a visite, add each problem or need with its
 * place on the map and the service in charge; staff record the services' follow-up.
 */
@Route(value = MeetingsNavigation.VISITES_MANAGE, layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.COMMITTEE_OFFICER})
public class VisitesManageView extends AgoraView {

    private final VisiteService visites;
    private final boolean staff;
    final ComboBox<ComiteRegistry.ComiteEntry> comite = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final TextField elus = new TextField();
    final TextField services = new TextField();
    final Button plan = new Button();
    final Div list = new Div();
    private final MapSettings mapSettings;

    public VisitesManageView(VisiteService visites, MapSettings mapSettings, AuthenticationContext auth) {
        this.visites = visites;
        this.staff = auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN);
        addClassName("agora-meetings");
        this.mapSettings = mapSettings;
        List<ComiteRegistry.ComiteEntry> managed = visites.managedComites();
        comite.setLabel(getTranslation("visites.comite"));
        comite.setItems(managed);
        comite.setItemLabelGenerator(ComiteRegistry.ComiteEntry::name);
        comite.setId("visite-comite");
        if (!managed.isEmpty()) {
            comite.setValue(managed.getFirst());
        }
        date.setLabel(getTranslation("visites.date"));
        date.setId("visite-date");
        elus.setLabel(getTranslation("visites.elus-field"));
        services.setLabel(getTranslation("visites.services-field"));
        plan.setText(getTranslation("visites.plan"));
        plan.setId("visite-plan");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.addClickListener(e -> plan());
        add(new H2(getTranslation("visites.new")), new FormLayout(comite, date, elus, services), plan, list);
        refresh();
    }

    void plan() {
        try {
            visites.plan(comite.getValue() == null ? -1 : comite.getValue().id(), date.getValue(), null, elus.getValue(),
                    services.getValue());
            Notifications.success(getTranslation("visites.planned"));
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void refresh() {
        list.removeAll();
        for (VisiteData v : visites.all()) {
            if (!staff && comite.getValue() != null && v.comiteId() != comite.getValue().id()) {
                continue;
            }
            list.add(new H2(getTranslation("visites.heading", v.comiteName(), MeetingUi.date(v.date()))));
            for (VisiteData.Item i : v.items()) {
                Div card = new Div(new H3(getTranslation("visites.kind." + i.kind().name())), new Paragraph(i.description()),
                        new Paragraph(getTranslation("visites.service", i.service()) + " — "
                                + getTranslation("visites.status." + i.status().name())));
                card.addClassName("agora-card");
                if (staff && i.status() != ItemStatus.CLOSED) {
                    Select<ItemStatus> status = new Select<>();
                    status.setLabel(getTranslation("visites.item.status"));
                    status.setItems(ItemStatus.values());
                    status.setItemLabelGenerator(s -> getTranslation("visites.status." + s.name()));
                    status.setValue(i.status());
                    TextField answer = new TextField(getTranslation("visites.item.answer"));
                    Button follow = new Button(getTranslation("visites.item.follow"), e -> {
                        try {
                            visites.follow(i.id(), status.getValue(), answer.getValue());
                            Notifications.success(getTranslation("visites.item.followed"));
                            refresh();
                        } catch (BusinessException ex) {
                            Notifications.error(ex);
                        }
                    });
                    follow.setId("visite-follow-" + i.id());
                    card.add(status, answer, follow);
                }
                list.add(card);
            }
            list.add(itemForm(v));
        }
    }

    private Div itemForm(VisiteData v) {
        Select<ItemKind> kind = new Select<>();
        kind.setLabel(getTranslation("visites.item.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("visites.kind." + k.name()));
        kind.setValue(ItemKind.PROBLEM);
        TextArea description = new TextArea(getTranslation("visites.item.description"));
        description.setWidthFull();
        TextField service = new TextField(getTranslation("visites.item.service"));
        GeoPointField point = new GeoPointField(getTranslation("visites.item.point"), mapSettings);
        Button add = new Button(getTranslation("visites.item.add"), e -> {
            try {
                visites.addItem(v.id(), kind.getValue(), description.getValue(), point.getValue(), service.getValue());
                Notifications.success(getTranslation("visites.item.added"));
                refresh();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        add.setId("visite-item-add-" + v.id());
        Div form = new Div(new H3(getTranslation("visites.item.new")), kind, description, service, point, add);
        form.addClassName("agora-card");
        return form;
    }

    @Override
    protected String titleKey() {
        return "visites.manage.title";
    }
}
