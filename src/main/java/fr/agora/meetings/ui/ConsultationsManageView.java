package fr.agora.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.meetings.domain.ChantierStatus;
import fr.agora.meetings.service.ChantierData;
import fr.agora.meetings.service.ChantierForm;
import fr.agora.meetings.service.ConsultationService;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.GeoPointField;
import fr.agora.shared.ui.map.MapSettings;
import jakarta.annotation.security.RolesAllowed;

/**
 * Consultations for staff and moderators: a new chantier with its window (refused when it does not close before the
 * works start), the avis to moderate, and for each chantier its « prise en compte » and closing.
 */
@Route(value = MeetingsNavigation.CONSULTATIONS_MANAGE, layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.MODERATOR})
public class ConsultationsManageView extends AgoraView {

    private final ConsultationService consultations;
    private final boolean staff;
    final TextField title = new TextField();
    final TextField location = new TextField();
    final GeoPointField point;
    final TextField services = new TextField();
    final TextArea information = new TextArea();
    final TextArea documents = new TextArea();
    final DatePicker worksStart = new DatePicker();
    final DatePicker opensOn = new DatePicker();
    final DatePicker closesOn = new DatePicker();
    final Button save = new Button();
    final BeanValidationBinder<ChantierBean> binder = new BeanValidationBinder<>(ChantierBean.class);
    final Div moderation = new Div();
    final Div chantiers = new Div();

    public ConsultationsManageView(ConsultationService consultations, MapSettings mapSettings, AuthenticationContext auth) {
        this.consultations = consultations;
        this.staff = auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN);
        addClassName("agora-meetings");
        point = new GeoPointField(getTranslation("consultations.field.point"), mapSettings);
        title.setLabel(getTranslation("consultations.field.title"));
        title.setId("chantier-title");
        location.setLabel(getTranslation("consultations.field.location"));
        services.setLabel(getTranslation("consultations.field.services"));
        information.setLabel(getTranslation("consultations.field.information"));
        information.setWidthFull();
        documents.setLabel(getTranslation("consultations.field.documents"));
        documents.setHelperText(getTranslation("consultations.field.documents-help"));
        documents.setWidthFull();
        worksStart.setLabel(getTranslation("consultations.field.works-start"));
        worksStart.setId("chantier-works-start");
        opensOn.setLabel(getTranslation("consultations.field.opens"));
        opensOn.setId("chantier-opens");
        closesOn.setLabel(getTranslation("consultations.field.closes"));
        closesOn.setId("chantier-closes");
        binder.bind(title, "title");
        binder.bind(location, "location");
        binder.bind(point, "point");
        binder.bind(services, "services");
        binder.bind(information, "information");
        binder.bind(documents, "documents");
        binder.bind(worksStart, "worksStart");
        binder.bind(opensOn, "opensOn");
        binder.bind(closesOn, "closesOn");
        binder.setBean(new ChantierBean());
        save.setText(getTranslation("consultations.save"));
        save.setId("chantier-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        if (staff) {
            add(new H2(getTranslation("consultations.new")),
                    new FormLayout(title, location, services, worksStart, opensOn, closesOn), information, documents, point, save);
        }
        add(new H2(getTranslation("consultations.moderation")), moderation, new H2(getTranslation("consultations.title")),
                chantiers);
        refresh();
    }

    void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        ChantierBean b = binder.getBean();
        try {
            consultations.save(null, new ChantierForm(b.getTitle(), b.getLocation(), b.getPoint(), null, b.getServices(),
                    b.getInformation(), b.getDocuments(), b.getWorksStart(), b.getOpensOn(), b.getClosesOn()));
            Notifications.success(getTranslation("consultations.saved"));
            binder.setBean(new ChantierBean());
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void refresh() {
        moderation.removeAll();
        var pending = consultations.pending();
        if (pending.isEmpty()) {
            moderation.add(new Paragraph(getTranslation("consultations.moderation.none")));
        }
        for (ChantierData.AvisData a : pending) {
            Button publish = new Button(getTranslation("consultations.moderation.publish"), e -> moderate(a.id(), true));
            publish.setId("avis-publish-" + a.id());
            Button reject = new Button(getTranslation("consultations.moderation.reject"), e -> moderate(a.id(), false));
            reject.setId("avis-reject-" + a.id());
            Div card = new Div(new Paragraph(a.body()), new Paragraph(a.authorName()), publish, reject);
            card.addClassName("agora-card");
            moderation.add(card);
        }
        chantiers.removeAll();
        if (!staff) {
            return;
        }
        for (ChantierData c : consultations.all()) {
            Div card = new Div(new H3(c.title()), new Paragraph(MeetingUi.badge(getTranslation(ConsultationView.state(c)))));
            card.addClassName("agora-card");
            if (c.status() != ChantierStatus.CLOSED) {
                TextArea summary = new TextArea(getTranslation("consultations.summary"));
                summary.setWidthFull();
                summary.setValue(c.summary() == null ? "" : c.summary());
                Button publish = new Button(getTranslation("consultations.summary.publish"), e -> run(() ->
                        consultations.publishSummary(c.id(), summary.getValue()), "consultations.summary.published"));
                publish.setId("summary-publish-" + c.id());
                Button close = new Button(getTranslation("consultations.close"), e -> run(() -> consultations.close(c.id()),
                        "consultations.closed"));
                close.setId("chantier-close-" + c.id());
                card.add(summary, publish, close);
            }
            chantiers.add(card);
        }
    }

    void moderate(long id, boolean publish) {
        run(() -> consultations.moderate(id, publish), publish ? "consultations.moderation.published" : "consultations.moderation.rejected");
    }

    private void run(Runnable action, String key) {
        try {
            action.run();
            Notifications.success(getTranslation(key));
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "consultations.manage.title";
    }
}
