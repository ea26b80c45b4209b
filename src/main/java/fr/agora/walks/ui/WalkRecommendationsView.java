package fr.agora.walks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.walks.domain.ModerationStatus;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.walks.domain.Verdict;
import fr.agora.walks.service.EvaluationData;
import fr.agora.walks.service.HistoryData;
import fr.agora.walks.service.ObservationData;
import fr.agora.walks.service.ObservationService;
import fr.agora.walks.service.RecommendationData;
import fr.agora.walks.service.RecommendationForm;
import fr.agora.walks.service.RecommendationService;
import fr.agora.walks.service.WalkDetail;
import fr.agora.walks.service.WalkReport;
import fr.agora.walks.service.WalkReportService;
import fr.agora.walks.service.WalkService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff draft a walk's recommendations from its pins, address them to an organisation with a due date, transmit
 * them, and record answers given outside the portal. For a revisit walk, they record what changed on the ground.
 */
@Route(value = "marches/gestion/:walkId([0-9]{1,18})/recommandations", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class WalkRecommendationsView extends AgoraView implements BeforeEnterObserver {

    private final transient fr.agora.shared.service.Dates dates;

    private final transient WalkService walks;
    private final transient RecommendationService recommendations;
    private final transient ObservationService observations;
    private final transient WalkReportService reports;

    WalkDetail walk;
    List<ObservationData> pins = List.of();
    RecommendationData editing;
    final Div list = new Div();
    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final ComboBox<String> addressee = new ComboBox<>();
    final DatePicker due = new DatePicker();
    final MultiSelectComboBox<ObservationData> linked = new MultiSelectComboBox<>();
    final Button save = new Button();

    public WalkRecommendationsView(WalkService walks, RecommendationService recommendations, ObservationService observations,
            WalkReportService reports, fr.agora.shared.service.Dates dates) {
        addClassName("agora-walks");
        this.walks = walks;
        this.recommendations = recommendations;
        this.observations = observations;
        this.reports = reports;
        this.dates = dates;
        setMaxWidth("1100px");
        // listeners are registered once: the same view instance may serve several walks
        addressee.addCustomValueSetListener(e -> addressee.setValue(e.getDetail()));
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("walkId").orElse(0L);
        removeAll();
        try {
            walk = walks.get(id);
        } catch (BusinessException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("walk.unknown"));
            return;
        }
        pins = observations.allOfWalk(id).stream().filter(p -> p.status() != ModerationStatus.REJECTED).toList();
        add(new Paragraph(new Anchor("marches/gestion/" + id, getTranslation("walk.recs.back", walk.form().title()))));
        add(new H2(getTranslation("walk.recs.list")), list);
        add(new H2(getTranslation("walk.recs.form")), form());
        if (walk.form().revisitOfId() != null) {
            add(new H2(getTranslation("walk.recs.revisit")), revisit(walk.form().revisitOfId()));
        }
        refresh();
    }

    private Component form() {
        title.setLabel(getTranslation("walk.rec.title"));
        title.setMaxLength(200);
        title.setId("rec-title");
        body.setLabel(getTranslation("walk.rec.body"));
        body.setMaxLength(4000);
        body.setWidthFull();
        body.setId("rec-body");
        addressee.setLabel(getTranslation("walk.rec.addressee"));
        addressee.setHelperText(getTranslation("walk.recs.addressee.help"));
        addressee.setAllowCustomValue(true);
        addressee.setItems(walks.partnerOrganisations());
        addressee.setId("rec-addressee");
        due.setLabel(getTranslation("walk.rec.due"));
        due.setId("rec-due");
        linked.setLabel(getTranslation("walk.rec.linked"));
        linked.setItems(pins);
        linked.setItemLabelGenerator(p -> "n° " + p.id() + " — " + p.criterion().symbol() + " — "
                + getTranslation("walk.assessment." + p.assessment().name()) + " — " + shorten(p.text()));
        linked.setId("rec-linked");
        save.setText(getTranslation("walk.recs.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rec-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> edit(null));
        FormLayout form = new FormLayout(title, addressee, due, linked);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        return new Div(form, body, new FlexLayout(save, cancel));
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    void edit(RecommendationData r) {
        editing = r;
        title.setValue(r == null ? "" : r.title());
        body.setValue(r == null ? "" : r.body());
        addressee.setValue(r == null ? null : r.addressee());
        due.setValue(r == null ? null : r.dueDate());
        linked.setValue(r == null ? Set.of() : pins.stream().filter(p -> r.observationIds().contains(p.id())).collect(Collectors.toSet()));
        save.setText(getTranslation(r == null ? "walk.recs.create" : "action.save"));
    }

    void save() {
        RecommendationForm form = new RecommendationForm(title.getValue(), body.getValue(), addressee.getValue(), due.getValue(),
                linked.getValue().stream().map(ObservationData::id).collect(Collectors.toSet()));
        try {
            if (editing == null) {
                recommendations.create(walk.id(), form);
            } else {
                recommendations.update(editing.id(), form);
            }
            Notifications.success(getTranslation("walk.recs.saved"));
            edit(null);
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void refresh() {
        list.removeAll();
        List<RecommendationData> all = recommendations.forWalk(walk.id());
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("walk.recs.none")));
        }
        for (RecommendationData r : all) {
            list.add(card(r));
        }
    }

    private Component card(RecommendationData r) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.setId("rec-" + r.id());
        card.add(new H3(r.title()));
        card.add(new Paragraph(r.body()));
        card.add(new Paragraph(getTranslation("walk.public.rec-meta", r.addressee(), r.dueDate() == null ? "—" : WalkUi.date(this, r.dueDate()),
                getTranslation("walk.rec.status." + r.status().name()))));
        if (r.overdue()) {
            Paragraph late = new Paragraph(getTranslation("walk.rec.overdue"));
            late.addClassName("agora-warning");
            card.add(late);
        }
        if (!r.observationIds().isEmpty()) {
            card.add(new Paragraph(getTranslation("walk.rec.linked") + " : "
                    + r.observationIds().stream().map(id -> "n° " + id).collect(Collectors.joining(", "))));
        }
        UnorderedList history = new UnorderedList();
        for (HistoryData h : r.history()) {
            history.add(new ListItem(WalkUi.date(this, dates.dayOf(h.at())) + " — "
                    + (h.isComment() ? getTranslation("walk.rec.history.comment-only") : getTranslation("walk.rec.status." + h.to().name()))
                    + " — " + (h.actorOrg() == null ? getTranslation("walk.rec.history.city") : h.actorOrg())
                    + (h.comment() == null ? "" : " : " + h.comment())));
        }
        card.add(new Details(getTranslation("walk.rec.history", r.history().size()), history));
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (r.status() == RecommendationStatus.PROPOSEE) {
            Button edit = new Button(getTranslation("walk.recs.edit"), e -> edit(r));
            edit.setAriaLabel(getTranslation("walk.recs.edit-named", r.title()));
            Button transmit = new Button(getTranslation("walk.recs.transmit"), e -> change(r, RecommendationStatus.TRANSMISE, null));
            transmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            transmit.setId("rec-transmit-" + r.id());
            transmit.setAriaLabel(getTranslation("walk.recs.transmit-named", r.title(), r.addressee()));
            actions.add(edit, transmit);
        } else if (!r.status().successors().isEmpty()) {
            Select<RecommendationStatus> target = new Select<>();
            target.setLabel(getTranslation("walk.recs.record-answer"));
            target.setItems(r.status().successors());
            target.setItemLabelGenerator(s -> getTranslation("walk.rec.status." + s.name()));
            TextField comment = new TextField(getTranslation("walk.recs.comment"));
            Button record = new Button(getTranslation("walk.recs.record"), e -> change(r, target.getValue(), comment.getValue()));
            record.setAriaLabel(getTranslation("walk.recs.record-named", r.title()));
            actions.setAlignItems(Alignment.END);
            actions.add(target, comment, record);
        }
        card.add(actions);
        return card;
    }

    void change(RecommendationData r, RecommendationStatus target, String comment) {
        try {
            recommendations.changeStatus(r.id(), target, comment);
            Notifications.success(getTranslation("walk.recs.changed", getTranslation("walk.rec.status." + target.name())));
            walk = walks.get(walk.id());
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    private Component revisit(long earlierId) {
        Div box = new Div();
        WalkReport earlier;
        try {
            earlier = reports.report(earlierId);
        } catch (BusinessException e) {
            return new Paragraph(Notifications.translate(e));
        }
        WalkReport current = reports.report(walk.id());
        box.add(new Paragraph(getTranslation("walk.recs.revisit.help", earlier.title())));
        for (RecommendationData r : earlier.recommendations()) {
            Div row = new Div();
            row.addClassName("agora-card");
            row.add(new Paragraph(r.title() + " — " + getTranslation("walk.rec.status." + r.status().name())));
            Select<Verdict> verdict = new Select<>();
            verdict.setLabel(getTranslation("walk.recs.revisit.verdict"));
            verdict.setItems(Verdict.values());
            verdict.setItemLabelGenerator(v -> getTranslation("walk.verdict." + v.name()));
            TextField comment = new TextField(getTranslation("walk.recs.comment"));
            current.evaluations().stream().filter(e -> e.recommendationId() == r.id()).findFirst().ifPresent(e -> {
                verdict.setValue(e.verdict());
                comment.setValue(e.comment() == null ? "" : e.comment());
            });
            Button saveVerdict = new Button(getTranslation("action.save"), e -> {
                try {
                    EvaluationData saved = recommendations.evaluate(walk.id(), r.id(), verdict.getValue(), comment.getValue());
                    Notifications.success(getTranslation("walk.recs.revisit.saved", getTranslation("walk.verdict." + saved.verdict().name())));
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            saveVerdict.setAriaLabel(getTranslation("walk.recs.revisit.save-named", r.title()));
            FlexLayout f = new FlexLayout(verdict, comment, saveVerdict);
            f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            f.setAlignItems(Alignment.END);
            f.getStyle().set("gap", "var(--lumo-space-s)");
            row.add(f);
            box.add(row);
        }
        if (earlier.recommendations().isEmpty()) {
            box.add(new Paragraph(getTranslation("walk.public.no-recommendations")));
        }
        return box;
    }

    @Override
    protected String titleKey() {
        return "walk.recs.title";
    }
}
