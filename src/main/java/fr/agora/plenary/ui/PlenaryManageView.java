package fr.agora.plenary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.meetings.MinutesApi;
import fr.agora.plenary.domain.Plenary;
import fr.agora.plenary.domain.Representation;
import fr.agora.plenary.domain.SessionStatus;
import fr.agora.plenary.service.ContributionData;
import fr.agora.plenary.service.ContributionService;
import fr.agora.plenary.service.CouncilStatus;
import fr.agora.plenary.service.DesignationData;
import fr.agora.plenary.service.Invitations;
import fr.agora.plenary.service.PlenaryData;
import fr.agora.plenary.service.PlenaryForm;
import fr.agora.plenary.service.PlenaryService;
import fr.agora.plenary.service.RepresentativeData;
import fr.agora.plenary.service.RepresentativeService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.ResponsiveTable;
import fr.agora.voting.Secrecy;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Staff prepare the plenary: plan it, follow each conseil's representatives (the conseils whose count in a collège is
 * not three are flagged: the list cannot be finalised while there is one), designate by a members' vote or by a
 * decision in approved minutes, approve the contributions, finalise the invitation list, and write the minutes.
 */
@Route(value = "pleniere/gestion", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class PlenaryManageView extends AgoraView implements BeforeEnterObserver {

    private final PlenaryService plenaries;
    private final RepresentativeService representatives;
    private final ContributionService contributions;
    PlenaryData plenary;
    final Select<Long> council = new Select<>();
    final Select<Representation> college = new Select<>();
    final Select<Secrecy> secrecy = new Select<>();
    final CheckboxGroup<DesignationData.Candidate> members = new CheckboxGroup<>();
    final Select<MinutesApi.ApprovedDecision> decision = new Select<>();

    public PlenaryManageView(PlenaryService plenaries, RepresentativeService representatives,
            ContributionService contributions) {
        this.plenaries = plenaries;
        this.representatives = representatives;
        this.contributions = contributions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getLocation().getQueryParameters().getSingleParameter("id");
        try {
            plenary = id.isPresent() ? plenaries.get(Long.parseLong(id.get())) : plenaries.current().orElse(null);
        } catch (RuntimeException e) {
            plenary = plenaries.current().orElse(null);
        }
        build();
    }

    void build() {
        removeAll();
        if (plenary == null || plenary.sessionStatus() == SessionStatus.CLOSED) {
            planForm();
        }
        if (plenary == null) {
            return;
        }
        plenary = plenaries.get(plenary.id());
        H2 title = new H2(plenary.title());
        title.setId("plenary-title");
        add(title, new Paragraph(PlenaryUi.when(plenary.startsAt()) + " — " + plenary.place()));
        add(fr.agora.shared.ui.RouteTarget.of(ChairView.class, "plenaryId", String.valueOf(plenary.id()))
                .link(getTranslation("plenary.manage.chair")));
        invitations();
        designations();
        contributionsSection();
        minutes();
    }

    private void planForm() {
        add(new H2(getTranslation("plenary.manage.plan")));
        TextField title = new TextField(getTranslation("plenary.manage.plan-title"));
        title.setId("plan-title");
        title.setRequiredIndicatorVisible(true);
        DatePicker date = new DatePicker(getTranslation("plenary.manage.plan-date"));
        date.setId("plan-date");
        TimePicker time = new TimePicker(getTranslation("plenary.manage.plan-time"), LocalTime.of(9, 30));
        time.setId("plan-time");
        TextField place = new TextField(getTranslation("plenary.manage.plan-place"));
        place.setId("plan-place");
        TextArea agenda = new TextArea(getTranslation("plenary.manage.plan-agenda"));
        agenda.setId("plan-agenda");
        agenda.setWidthFull();
        IntegerField quorum = new IntegerField(getTranslation("plenary.manage.plan-quorum"));
        quorum.setValue(Plenary.DEFAULT_QUORUM_PERCENT);
        IntegerField months = new IntegerField(getTranslation("plenary.manage.plan-months"));
        months.setValue(Plenary.DEFAULT_ANSWER_MONTHS);
        DatePicker deadline = new DatePicker(getTranslation("plenary.manage.plan-deadline"));
        deadline.setId("plan-deadline");
        Checkbox suppleants = new Checkbox(getTranslation("plenary.manage.plan-suppleants"));
        Button plan = new Button(getTranslation("plenary.manage.plan-save"), e -> {
            if (PlenaryUi.run(() -> plenary = plenaries.plan(new PlenaryForm(title.getValue(), date.getValue(),
                    time.getValue(), place.getValue(), Arrays.asList(agenda.getValue().split("\n")),
                    quorum.getValue() == null ? 0 : quorum.getValue(), months.getValue() == null ? 0 : months.getValue(),
                    deadline.getValue(), suppleants.getValue(), List.of())))) {
                Notifications.success(getTranslation("plenary.manage.planned"));
                build();
            }
        });
        plan.setId("plan-save");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(title, date, time, place, deadline, quorum, months, suppleants, agenda, plan);
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem").set("align-items", "end");
        add(form);
    }

    private void invitations() {
        Invitations inv = plenaries.invitations(plenary.id());
        add(new H3(getTranslation("plenary.manage.invitations")));
        ResponsiveTable<CouncilStatus> table = new ResponsiveTable<>(getTranslation("plenary.manage.invitations"));
        table.setId("invitation-status");
        table.column(getTranslation("plenary.manage.council"), CouncilStatus::councilName)
                .column(getTranslation("plenary.college.HABITANTS"), c -> c.habitants() + " / 3")
                .column(getTranslation("plenary.college.ASSOCIATIONS"), c -> c.associations() + " / 3")
                .column(getTranslation("plenary.college.COMOP"), c -> c.comop() + " / 1")
                .column(getTranslation("plenary.manage.state"), c -> getTranslation(c.complete()
                        ? "plenary.manage.complete" : "plenary.manage.incomplete"));
        table.setItems(inv.councils());
        add(table);
        if (inv.finalised()) {
            add(new Paragraph(PlenaryUi.badge(getTranslation("plenary.manage.final", inv.invited().size()))));
        } else {
            if (!inv.incomplete().isEmpty()) {
                Paragraph warn = new Paragraph(getTranslation("plenary.manage.missing", inv.incomplete().size()));
                warn.setId("invitations-missing");
                warn.addClassName("agora-warning");
                add(warn);
            }
            Button fin = new Button(getTranslation("plenary.manage.finalise"), e -> {
                if (PlenaryUi.run(() -> plenaries.finaliseInvitations(plenary.id()))) {
                    Notifications.success(getTranslation("plenary.manage.finalised"));
                    build();
                }
            });
            fin.setId("invitations-finalise");
            add(fin);
        }
        ResponsiveTable<RepresentativeData> reps = new ResponsiveTable<>(getTranslation("plenary.manage.representatives"));
        reps.setId("representatives");
        reps.column(getTranslation("plenary.manage.council"), RepresentativeData::councilName)
                .column(getTranslation("plenary.manage.college"), r -> getTranslation("plenary.college." + r.college().name()))
                .column(getTranslation("plenary.manage.name"), RepresentativeData::name)
                .column(getTranslation("plenary.manage.basis"), r -> getTranslation("plenary.basis." + r.basis().name()));
        if (!inv.finalised()) {
            reps.componentColumn("", r -> {
                Button b = new Button(getTranslation("plenary.manage.withdraw", r.name()), e -> {
                    if (PlenaryUi.run(() -> representatives.remove(r.id()))) {
                        build();
                    }
                });
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                return b;
            });
        }
        reps.setItems(inv.representatives());
        add(reps);
    }

    private void designations() {
        if (plenary.invitationsFinal()) {
            return;
        }
        add(new H3(getTranslation("plenary.manage.designate")));
        List<Long> ids = plenary.councilIds();
        var names = plenaries.invitations(plenary.id()).councils();
        council.setLabel(getTranslation("plenary.manage.council"));
        council.setId("designate-council");
        council.setItems(ids);
        council.setItemLabelGenerator(id -> names.stream().filter(c -> c.councilId() == id)
                .map(CouncilStatus::councilName).findFirst().orElse("?"));
        college.setLabel(getTranslation("plenary.manage.college"));
        college.setId("designate-college");
        college.setItems(Representation.values());
        college.setItemLabelGenerator(r -> getTranslation("plenary.college." + r.name()));
        secrecy.setLabel(getTranslation("plenary.motion.secrecy"));
        secrecy.setItems(Secrecy.values());
        secrecy.setItemLabelGenerator(s -> getTranslation("plenary.secrecy." + s.name()));
        secrecy.setValue(Secrecy.SECRET);
        members.setLabel(getTranslation("plenary.manage.members"));
        members.setItemLabelGenerator(DesignationData.Candidate::name);
        decision.setLabel(getTranslation("plenary.manage.decision"));
        decision.setItemLabelGenerator(d -> d == null ? "" : d.meetingTitle() + " — " + d.title() + " (" + PlenaryUi.date(d.minutesApprovedOn()) + ")");
        decision.setEmptySelectionAllowed(true);
        council.addValueChangeListener(e -> reloadChoices());
        college.addValueChangeListener(e -> reloadChoices());
        Button vote = new Button(getTranslation("plenary.manage.open-vote"), e -> {
            if (PlenaryUi.run(() -> representatives.openDesignation(plenary.id(), council.getValue(), college.getValue(),
                    secrecy.getValue()))) {
                Notifications.success(getTranslation("plenary.manage.vote-opened"));
                build();
            }
        });
        vote.setId("designate-vote");
        Button byMinutes = new Button(getTranslation("plenary.manage.by-minutes"), e -> {
            if (PlenaryUi.run(() -> representatives.designateByMinutes(plenary.id(), council.getValue(), college.getValue(),
                    members.getValue().stream().map(DesignationData.Candidate::memberId).toList(),
                    decision.getValue() == null ? 0 : decision.getValue().decisionId()))) {
                Notifications.success(getTranslation("plenary.manage.designated"));
                build();
            }
        });
        byMinutes.setId("designate-minutes");
        Div form = new Div(council, college, secrecy, vote, members, decision, byMinutes);
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem").set("align-items", "end");
        add(form);
        for (DesignationData d : representatives.designations(plenary.id())) {
            Div row = new Div();
            row.addClassName("agora-card");
            row.add(new Paragraph(getTranslation("plenary.manage.designation-line", d.councilName(),
                    getTranslation("plenary.college." + d.college().name()), d.seats())
                    + (d.resultNote() == null ? "" : " — " + d.resultNote())));
            if (d.open()) {
                Button close = new Button(getTranslation("plenary.manage.close-vote"), e -> {
                    if (PlenaryUi.run(() -> representatives.closeDesignation(d.id()))) {
                        build();
                    }
                });
                close.setId("designation-close-" + d.id());
                row.add(close);
            }
            add(row);
        }
    }

    private void reloadChoices() {
        if (council.getValue() == null || college.getValue() == null) {
            return;
        }
        members.setItems(representatives.candidates(council.getValue(), college.getValue()));
        decision.setItems(representatives.decisions(council.getValue()));
    }

    private void contributionsSection() {
        add(new H3(getTranslation("plenary.manage.contributions")));
        for (ContributionData c : contributions.all(plenary.id())) {
            Div row = new Div();
            row.addClassName("agora-card");
            row.add(new Paragraph(c.councilName() + " — " + c.title() + " — "
                    + (c.approved() ? getTranslation("plenary.page.approved-on", PlenaryUi.date(c.approvedOn()))
                    : getTranslation("plenary.manage.draft"))));
            if (!c.approved()) {
                DatePicker day = new DatePicker(getTranslation("plenary.manage.approved-on"), plenaries.today());
                Button ok = new Button(getTranslation("plenary.manage.approve"), e -> {
                    if (PlenaryUi.run(() -> contributions.approve(plenary.id(), c.councilId(), day.getValue(), null))) {
                        build();
                    }
                });
                ok.setId("contribution-approve-" + c.councilId());
                row.add(day, ok);
            }
            add(row);
        }
        Select<Long> who = new Select<>();
        who.setLabel(getTranslation("plenary.manage.council"));
        who.setId("contribution-council");
        var names = plenaries.invitations(plenary.id()).councils();
        who.setItems(plenary.councilIds());
        who.setItemLabelGenerator(id -> names.stream().filter(c -> c.councilId() == id)
                .map(CouncilStatus::councilName).findFirst().orElse("?"));
        TextField title = new TextField(getTranslation("plenary.manage.contribution-title"));
        title.setId("contribution-title");
        TextArea body = new TextArea(getTranslation("plenary.manage.contribution-body"));
        body.setId("contribution-body");
        body.setWidthFull();
        Button save = new Button(getTranslation("plenary.manage.contribution-save"), e -> {
            if (who.getValue() != null && PlenaryUi.run(() -> contributions.write(plenary.id(), who.getValue(),
                    title.getValue(), body.getValue()))) {
                build();
            }
        });
        save.setId("contribution-save");
        Div form = new Div(who, title, body, save);
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem").set("align-items", "end");
        add(form);
    }

    private void minutes() {
        if (plenary.sessionStatus() != SessionStatus.CLOSED) {
            return;
        }
        add(new H3(getTranslation("plenary.manage.minutes", getTranslation("plenary.minutes." + plenary.minutesStatus().name()))));
        TextArea text = new TextArea(getTranslation("plenary.manage.minutes-text"));
        text.setId("minutes-text");
        text.setWidthFull();
        text.setValue(plenary.minutesText() == null ? "" : plenary.minutesText());
        Button draft = new Button(getTranslation("plenary.manage.minutes-draft"), e -> {
            if (PlenaryUi.run(() -> plenaries.draftMinutes(plenary.id(), text.getValue()))) {
                build();
            }
        });
        DatePicker day = new DatePicker(getTranslation("plenary.manage.approved-on"), plenaries.today());
        Button approve = new Button(getTranslation("plenary.manage.minutes-approve"), e -> {
            if (PlenaryUi.run(() -> plenaries.approveMinutes(plenary.id(), day.getValue()))) {
                build();
            }
        });
        Button publish = new Button(getTranslation("plenary.manage.minutes-publish"), e -> {
            if (PlenaryUi.run(() -> plenaries.publishMinutes(plenary.id()))) {
                build();
            }
        });
        Div form = new Div(text, draft, day, approve, publish);
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem").set("align-items", "end");
        add(form);
    }

    @Override
    protected String titleKey() {
        return "plenary.manage.title";
    }
}
