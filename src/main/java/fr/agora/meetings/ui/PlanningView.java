package fr.agora.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Route;
import fr.agora.meetings.service.BodyData;
import fr.agora.meetings.service.Bodies;
import fr.agora.meetings.service.MeetingForm;
import fr.agora.meetings.service.MeetingService;
import fr.agora.meetings.service.MeetingSummary;
import fr.agora.meetings.domain.MeetingStatus;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;

/**
 * Planning, for staff (any body) and a comité's officer (their own comité): the body's settings (premises, quorum
 * rule, minutes visibility), a new meeting with its agenda, and the meetings planned, to convoke or cancel.
 */
@Route(value = MeetingsNavigation.PLANNING, layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.COMMITTEE_OFFICER})
public class PlanningView extends AgoraView {

    private final MeetingService meetings;
    private final Bodies bodies;

    final ComboBox<BodyData> body = new ComboBox<>();
    final TextField premises = new TextField();
    final IntegerField quorum = new IntegerField();
    final Checkbox minutesPublic = new Checkbox();
    final Button saveSettings = new Button();
    final TextField title = new TextField();
    final DatePicker date = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField place = new TextField();
    final TextField remoteLink = new TextField();
    final Checkbox publicMeeting = new Checkbox();
    final DateTimePicker deadline = new DateTimePicker();
    final TextArea agenda = new TextArea();
    final Button plan = new Button();
    final Div list = new Div();
    final BeanValidationBinder<PlanBean> binder = new BeanValidationBinder<>(PlanBean.class);
    List<MeetingSummary> shown = List.of();

    public PlanningView(MeetingService meetings, Bodies bodies) {
        this.meetings = meetings;
        this.bodies = bodies;
        addClassName("agora-meetings");
        List<BodyData> managed = bodies.managed();
        if (managed.isEmpty()) {
            add(new Paragraph(getTranslation("meetings.planning.no-body")));
            return;
        }
        body.setLabel(getTranslation("meetings.planning.body"));
        body.setItems(managed);
        body.setItemLabelGenerator(BodyData::name);
        body.setWidthFull();
        body.setId("planning-body");
        body.addValueChangeListener(e -> showSettings());
        premises.setLabel(getTranslation("meetings.planning.premises"));
        premises.setMaxLength(255);
        premises.setId("planning-premises");
        quorum.setLabel(getTranslation("meetings.planning.quorum"));
        quorum.setHelperText(getTranslation("meetings.planning.quorum-help"));
        quorum.setMin(0);
        quorum.setMax(99);
        quorum.setStepButtonsVisible(true);
        minutesPublic.setLabel(getTranslation("meetings.planning.minutes-public"));
        saveSettings.setText(getTranslation("meetings.planning.save-settings"));
        saveSettings.setId("planning-save-settings");
        saveSettings.addClickListener(e -> saveSettings());

        title.setLabel(getTranslation("meetings.planning.title-field"));
        title.setId("planning-title");
        date.setLabel(getTranslation("meetings.planning.date"));
        date.setId("planning-date");
        start.setLabel(getTranslation("meetings.planning.start"));
        start.setId("planning-start");
        end.setLabel(getTranslation("meetings.planning.end"));
        end.setId("planning-end");
        place.setLabel(getTranslation("meetings.planning.place"));
        place.setHelperText(getTranslation("meetings.planning.place-help"));
        place.setId("planning-place");
        remoteLink.setLabel(getTranslation("meetings.planning.remote"));
        remoteLink.setId("planning-remote");
        publicMeeting.setLabel(getTranslation("meetings.planning.public"));
        deadline.setLabel(getTranslation("meetings.planning.deadline"));
        deadline.setId("planning-deadline");
        agenda.setLabel(getTranslation("meetings.planning.agenda"));
        agenda.setHelperText(getTranslation("meetings.planning.agenda-help"));
        agenda.setId("planning-agenda");
        agenda.setWidthFull();
        plan.setText(getTranslation("meetings.planning.plan"));
        plan.setId("planning-plan");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.addClickListener(e -> plan());
        binder.forField(title).asRequired(getTranslation("meetings.planning.title-required")).bind("title");
        binder.forField(date).asRequired(getTranslation("meetings.planning.date-required")).bind("date");
        binder.forField(start).asRequired(getTranslation("meetings.planning.time-required")).bind("start");
        binder.forField(end).asRequired(getTranslation("meetings.planning.time-required")).bind("end");
        binder.bind(place, "place");
        binder.bind(remoteLink, "remoteLink");
        binder.bind(publicMeeting, "publicMeeting");
        binder.bind(deadline, "deadline");
        binder.bind(agenda, "agenda");
        binder.setBean(new PlanBean());

        FormLayout settings = new FormLayout(premises, quorum, minutesPublic);
        FormLayout form = new FormLayout(title, date, start, end, place, remoteLink, deadline, publicMeeting);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(body, new H2(getTranslation("meetings.planning.settings")), settings, saveSettings,
                new H2(getTranslation("meetings.planning.new")), form, agenda, plan,
                new H2(getTranslation("meetings.planning.list")), list);
        list.addClassName("agora-cards");
        body.setValue(managed.getFirst());
        refresh();
    }

    private void showSettings() {
        BodyData b = body.getValue();
        if (b == null) {
            return;
        }
        premises.setValue(b.premises() == null ? "" : b.premises());
        quorum.setValue(b.quorumPercent());
        minutesPublic.setValue(b.minutesPublic());
    }

    void saveSettings() {
        try {
            BodyData saved = bodies.configure(body.getValue().key(), premises.getValue(),
                    quorum.getValue() == null ? -1 : quorum.getValue(), minutesPublic.getValue());
            Notifications.success(getTranslation("meetings.planning.settings-saved"));
            body.setItems(bodies.managed());
            body.setValue(bodies.managed().stream().filter(b -> b.key().equals(saved.key())).findFirst().orElse(null));
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void plan() {
        if (body.getValue() == null || !binder.validate().isOk()) {
            return;
        }
        PlanBean b = binder.getBean();
        try {
            meetings.plan(new MeetingForm(body.getValue().key(), b.getTitle(), b.getDate(), b.getStart(), b.getEnd(),
                    b.getPlace(), b.getRemoteLink(), b.isPublicMeeting(), b.getDeadline(),
                    Arrays.asList(b.getAgenda().split("\n"))));
            Notifications.success(getTranslation("meetings.planning.planned"));
            binder.setBean(new PlanBean());
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void refresh() {
        shown = meetings.managed();
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("meetings.planning.none")));
        }
        for (MeetingSummary m : shown) {
            Div card = (Div) MeetingUi.card(this, m);
            Div actions = new Div();
            actions.addClassName("agora-buttons");
            if (m.status() == MeetingStatus.PLANNED) {
                Button convoke = new Button(getTranslation(m.convoked() ? "meetings.planning.reconvoke" : "meetings.planning.convoke"),
                        e -> convoke(m.id()));
                convoke.setId("planning-convoke-" + m.id());
                Button cancel = new Button(getTranslation("meetings.planning.cancel"), e -> cancel(m.id()));
                cancel.setId("planning-cancel-" + m.id());
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(convoke, cancel);
            }
            if (m.status() != MeetingStatus.CANCELLED) {
                actions.add(new Anchor(MeetingsNavigation.session(m.id()), getTranslation("meetings.session.link")));
            }
            card.add(actions);
            list.add(card);
        }
    }

    void convoke(long id) {
        try {
            int sent = meetings.convoke(id);
            Notifications.success(getTranslation("meetings.planning.convoked", sent));
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void cancel(long id) {
        try {
            meetings.cancel(id);
            Notifications.success(getTranslation("meetings.planning.cancelled"));
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "meetings.planning.title";
    }
}
