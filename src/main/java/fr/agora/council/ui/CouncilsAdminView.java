package fr.agora.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.agora.council.domain.College;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.service.Appointment;
import fr.agora.council.service.ComiteDesignationService;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.ArreteService;
import fr.agora.council.service.ArreteWarning;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.MemberExportService;
import fr.agora.council.service.MembershipService;
import fr.agora.council.service.MemberData;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.BoundedUpload;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Staff's administration of the conseils citoyens: create and edit councils (territories, population, seat rule,
 * mandate length), see the seats, appoint and end members, start the mandate, record the Préfet's arrêté with its
 * PDF, and export the member list. Councils whose mandate ends soon are flagged at the top.
 */
@Route(value = "conseils/gestion", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class CouncilsAdminView extends AgoraView {

    static final java.time.format.DateTimeFormatter SHOWN_TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
            .withZone(fr.agora.council.domain.CouncilTime.ZONE);

    private final CouncilService councils;
    private final MembershipService membership;
    private final ArreteService arretes;
    private final MemberExportService exports;
    private final ComiteDesignationService comites;
    final Div warnings = new Div();
    final Grid<CouncilData> grid = new Grid<>();
    final Div detail = new Div();

    final TextField name = new TextField();
    final MultiSelectComboBox<String> territories = new MultiSelectComboBox<>();
    final IntegerField population = new IntegerField();
    final TextField populationSource = new TextField();
    final IntegerField populationYear = new IntegerField();
    final Select<SeatRounding> rounding = new Select<>();
    final Checkbox droitInParity = new Checkbox();
    final IntegerField mandateYears = new IntegerField();
    final Button save = new Button();
    final Paragraph populationHint = new Paragraph();
    final com.vaadin.flow.component.details.Details archivedList = new com.vaadin.flow.component.details.Details();
    private CouncilData editing;
    private byte[] arretePdf;

    public CouncilsAdminView(CouncilService councils, MembershipService membership, ArreteService arretes,
            MemberExportService exports, ComiteDesignationService comites) {
        this.councils = councils;
        this.membership = membership;
        this.arretes = arretes;
        this.exports = exports;
        this.comites = comites;
        add(warnings);
        add(new H2(getTranslation("council.admin.list")));
        grid.addColumn(CouncilData::name).setHeader(getTranslation("council.col.name")).setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", c.territoryNames())).setHeader(getTranslation("council.col.territories"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.habitantSeats() + " / " + c.associationSeats())
                .setHeader(getTranslation("council.col.seats")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.official() ? "council.status.official" : "council.status.provisional"))
                .setHeader(getTranslation("council.col.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::open, () -> detail.removeAll()));
        add(grid, archivedList);
        add(new H2(getTranslation("council.admin.form")));
        add(form());
        add(detail);
        refresh();
    }

    private FormLayout form() {
        name.setLabel(getTranslation("council.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(160);
        Map<String, String> qpv = councils.qpvChoices();
        territories.setLabel(getTranslation("council.field.territories"));
        territories.setItems(qpv.keySet());
        territories.setItemLabelGenerator(code -> qpv.getOrDefault(code, code));
        territories.setRequiredIndicatorVisible(true);
        population.setLabel(getTranslation("council.field.population"));
        population.setMin(1);
        population.setStepButtonsVisible(false);
        populationSource.setLabel(getTranslation("council.field.population-source"));
        populationSource.setMaxLength(160);
        populationYear.setLabel(getTranslation("council.field.population-year"));
        rounding.setLabel(getTranslation("council.field.rounding"));
        rounding.setItems(SeatRounding.values());
        rounding.setItemLabelGenerator(r -> getTranslation("council.rounding." + r.name()));
        droitInParity.setLabel(getTranslation("council.field.droit-in-parity"));
        mandateYears.setLabel(getTranslation("council.field.mandate-years"));
        mandateYears.setMin(1);
        mandateYears.setMax(6);
        reset();
        save.setText(getTranslation("council.admin.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button clear = new Button(getTranslation("council.admin.new"), e -> {
            grid.deselectAll();
            reset();
        });
        populationHint.setId("council-population-reference");
        territories.addValueChangeListener(e -> {
            if (e.isFromClient() || editing == null) {
                fillReferencePopulation();
            }
        });
        FormLayout form = new FormLayout(name, territories, population, populationSource, populationYear, rounding,
                droitInParity, mandateYears, populationHint, new FlexLayout(save, clear));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        return form;
    }

    private void reset() {
        editing = null;
        name.clear();
        territories.clear();
        population.clear();
        populationSource.setValue(getTranslation("council.default.population-source"));
        populationYear.setValue(councils.today().getYear() - 1);
        rounding.setValue(councils.settings().defaultRounding());
        droitInParity.setValue(councils.settings().membresDeDroitInParity());
        mandateYears.setValue(councils.settings().mandateYears());
        save.setText(getTranslation("council.admin.create"));
    }

    private void save() {
        save(false);
    }

    /**
     * Saves the form; a QPV another council covers is refused by the service, and asked again with a confirmation
     * (for instance the successor of a council about to be archived).
     */
    private void save(boolean overlapConfirmed) {
        CouncilForm form = new CouncilForm(name.getValue(), new ArrayList<>(territories.getSelectedItems()),
                population.getValue() == null ? 0 : population.getValue(), populationSource.getValue(),
                populationYear.getValue() == null ? 0 : populationYear.getValue(), rounding.getValue(),
                droitInParity.getValue(), mandateYears.getValue() == null ? 0 : mandateYears.getValue(),
                overlapConfirmed);
        try {
            CouncilData saved = editing == null ? councils.create(form) : councils.update(editing.id(), form);
            Notifications.success(getTranslation("council.admin.saved", saved.name(), saved.habitantSeats()));
            refresh();
            grid.select(grid.getListDataView().getItems().filter(c -> c.id() == saved.id()).findFirst().orElse(null));
        } catch (BusinessException e) {
            if ("council.error.qpv-covered".equals(e.getMessageKey()) && !overlapConfirmed) {
                ConfirmDialog dialog = new ConfirmDialog();
                dialog.setHeader(getTranslation("council.admin.overlap-header"));
                dialog.setText(getTranslation("council.admin.overlap-text", e.getArgs()));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("action.cancel"));
                Button ok = new Button(getTranslation("council.admin.overlap-confirm"), x -> {
                    dialog.close();
                    save(true);
                });
                ok.setId("council-overlap-confirm");
                ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                dialog.setConfirmButton(ok);
                dialog.open();
                return;
            }
            Notifications.error(e);
        }
    }

    /**
     * The population starts from the territories' reference figures: choosing the QPV fills it (with the year and
     * source); another value stays possible, and is recorded as an override.
     */
    private void fillReferencePopulation() {
        populationHint.setText("");
        councils.referencePopulation(new ArrayList<>(territories.getSelectedItems())).ifPresent(r -> {
            if (editing == null || population.getValue() == null) {
                population.setValue(r.population());
                populationYear.setValue(r.year());
                populationSource.setValue(getTranslation("council.default.population-source"));
            }
            populationHint.setText(getTranslation("council.admin.population-reference", r.population(), r.year()));
        });
    }

    private void refresh() {
        grid.setItems(councils.all());
        archivedList.removeAll();
        List<CouncilData> archived = councils.archived();
        archivedList.setSummaryText(getTranslation("council.admin.archived-list", archived.size()));
        UnorderedList names = new UnorderedList();
        archived.forEach(a -> names.add(new ListItem(new Anchor("conseils/" + a.slug(), a.name()))));
        archivedList.add(names);
        archivedList.setVisible(!archived.isEmpty());
        warnings.removeAll();
        for (CouncilData c : councils.mandatesEndingSoon()) {
            Paragraph p = new Paragraph(getTranslation("council.admin.mandate-warning", c.name(),
                    CouncilUi.date(c.mandateEnd())));
            p.addClassName("agora-warning");
            p.getElement().setAttribute("role", "status");
            warnings.add(p);
        }
    }

    void open(CouncilData c) {
        editing = c;
        name.setValue(c.name());
        territories.setValue(c.territoryCodes());
        population.setValue(c.population());
        populationSource.setValue(c.populationSource());
        populationYear.setValue(c.populationYear());
        rounding.setValue(c.rounding());
        droitInParity.setValue(c.membresDeDroitInParity());
        mandateYears.setValue(c.mandateYears());
        save.setText(getTranslation("council.admin.update"));
        detail.removeAll();
        detail.add(new H2(c.name()));
        detail.add(new Paragraph(CouncilUi.seats(this, c)));
        if (c.populationReference() != null) {
            Paragraph override = new Paragraph(getTranslation("council.admin.population-override", c.population(),
                    c.populationReference()));
            override.setId("council-population-override");
            detail.add(override);
        }
        detail.add(new Paragraph(CouncilUi.status(this, c)));
        detail.add(new Paragraph(new Anchor("conseils/" + c.slug(), getTranslation("council.admin.public-page"))));
        detail.add(members(c), new ComiteLinksSection(comites, c.id(), () -> open(councils.get(c.id()))), appointForm(c),
                mandateForm(c), arreteForm(c));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(exports.membersCsv(c.id(), CouncilUi.locale())), "membres-" + c.slug() + ".csv",
                "text/csv;charset=UTF-8", -1)), getTranslation("council.admin.export-csv"));
        csv.setId("council-export-csv");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(exports.membersPdf(c.id(), CouncilUi.locale())), "membres-" + c.slug() + ".pdf",
                "application/pdf", -1)), getTranslation("council.admin.export-pdf"));
        pdf.setId("council-export-pdf");
        detail.add(new Paragraph(csv), new Paragraph(pdf), new Paragraph(archiveButton(c)));
    }

    /**
     * The members as a list of cards rather than a wide grid (issue 14, item 11: nothing scrolls sideways at 1280 px
     * nor at 360 px): each member with their seat, status and actions, and, for a mandate just ended, the way to undo
     * it within the window.
     */
    private Div members(CouncilData c) {
        Div box = new Div(new H3(getTranslation("council.admin.members")));
        UnorderedList list = new UnorderedList();
        list.setId("council-members");
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0").set("display", "flex")
                .set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        List<MemberData> all = councils.members(c.id());
        for (MemberData m : all) {
            list.add(member(c, m));
        }
        if (all.isEmpty()) {
            box.add(new Paragraph(getTranslation("council.admin.no-member")));
        } else {
            box.add(new Paragraph(getTranslation("council.admin.member-count", all.stream().filter(MemberData::active)
                    .count(), all.size())), list);
        }
        return box;
    }

    private ListItem member(CouncilData c, MemberData m) {
        ListItem item = new ListItem();
        item.setId("council-member-" + m.id());
        item.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("overflow-wrap", "anywhere");
        if (!m.active()) {
            item.getStyle().set("background-color", "var(--lumo-contrast-5pct)");
        }
        Div name = new Div(m.fullName() + (m.organisation() == null ? "" : " (" + m.organisation() + ")"));
        name.getStyle().set("font-weight", "600");
        item.add(name, new Div(getTranslation("council.admin.member-seat",
                getTranslation("council.college." + m.college().name()), m.seatNo(),
                getTranslation("council.position." + m.position().name()),
                getTranslation("council.origin." + m.origin().name()))));
        String status = !m.active() ? getTranslation("council.status.ended", CouncilUi.date(m.endDate()))
                : getTranslation(m.official() ? "council.status.official" : "council.status.provisional");
        item.add(new Div(status + " · " + getTranslation(m.publicConsent() ? "council.admin.consent-yes"
                : "council.admin.consent-no")));
        if (!m.active() && m.endReason() != null) {
            item.add(new Div(getTranslation("council.admin.end-reason-shown", m.endReason())));
        }
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)").set("margin-top", "var(--lumo-space-xs)");
        if (m.active()) {
            Button end = new Button(getTranslation("council.admin.end-member"), e -> confirmEnd(c, m));
            end.setId("council-end-" + m.id());
            end.getElement().setAttribute("aria-label", getTranslation("council.admin.end-member-of", m.fullName()));
            Button consent = new Button(getTranslation(m.publicConsent() ? "council.admin.consent-withdraw"
                    : "council.admin.consent-record"));
            consent.getElement().setAttribute("aria-label", getTranslation(m.publicConsent()
                    ? "council.admin.consent-withdraw-of" : "council.admin.consent-record-of", m.fullName()));
            consent.addClickListener(e -> {
                try {
                    membership.recordPublicConsent(m.id(), !m.publicConsent());
                    open(councils.get(c.id()));
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            actions.add(end, consent);
        } else if (m.undoUntil() != null) {
            Button undo = new Button(getTranslation("council.admin.undo-end", SHOWN_TIME.format(m.undoUntil())), e -> {
                try {
                    membership.undoEnd(m.id());
                    Notifications.success(getTranslation("council.admin.end-undone", m.fullName()));
                    open(councils.get(c.id()));
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                    open(councils.get(c.id()));
                }
            });
            undo.setId("council-undo-" + m.id());
            undo.getElement().setAttribute("aria-label", getTranslation("council.admin.undo-end-of", m.fullName()));
            actions.add(undo);
        }
        if (actions.getComponentCount() > 0) {
            item.add(actions);
        }
        return item;
    }

    /**
     * "Fin de mandat" asks for the day (not in the future) and the reason, and says what will happen: the suppléant
     * moving up, the vacant place, and how long the end can be undone.
     */
    void confirmEnd(CouncilData c, MemberData m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("council.admin.end-member-of", m.fullName()));
        DatePicker day = new DatePicker(getTranslation("council.admin.end-day"));
        day.setLocale(CouncilUi.locale());
        LocalDate today = councils.today();
        day.setValue(today);
        day.setMax(today);
        day.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea(getTranslation("council.admin.end-reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(fr.agora.council.domain.CouncilMember.MAX_REASON);
        reason.setWidthFull();
        reason.setId("council-end-reason");
        Paragraph what = new Paragraph(getTranslation(m.position() == SeatPosition.TITULAIRE
                ? "council.admin.end-what-titulaire" : "council.admin.end-what-suppleant", m.seatNo(),
                councils.settings().undoMinutes()));
        what.setId("council-end-what");
        dialog.add(what, day, reason);
        Button ok = new Button(getTranslation("council.admin.end-confirm"), e -> {
            try {
                membership.resign(m.id(), day.getValue(), reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("council.admin.member-ended", m.fullName()));
                open(councils.get(c.id()));
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        ok.setId("council-end-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, ok);
        // not added to the view: an opened dialog attaches itself to the UI and goes away when closed
        dialog.open();
    }

    private Div appointForm(CouncilData c) {
        Select<College> college = new Select<>();
        college.setLabel(getTranslation("council.field.college"));
        college.setItems(College.values());
        college.setItemLabelGenerator(x -> getTranslation("council.college." + x.name()));
        college.setValue(College.ASSOCIATIONS);
        Select<MemberOrigin> origin = new Select<>();
        origin.setLabel(getTranslation("council.field.origin"));
        // membres de droit come only from a linked comité (section "Comités de quartier du territoire")
        origin.setItems(MemberOrigin.ASSOCIATION, MemberOrigin.ASSISTED);
        origin.setItemLabelGenerator(x -> getTranslation("council.origin." + x.name()));
        origin.setValue(MemberOrigin.ASSOCIATION);
        TextField organisation = new TextField(getTranslation("council.field.organisation"));
        organisation.setMaxLength(160);
        PersonFields titulaire = new PersonFields(this, SeatPosition.TITULAIRE);
        PersonFields suppleant = new PersonFields(this, SeatPosition.SUPPLEANT);
        Button appoint = new Button(getTranslation("council.admin.appoint"), e -> {
            try {
                int seat = membership.appoint(c.id(), college.getValue(), origin.getValue(),
                        titulaire.appointment(organisation.getValue()), suppleant.appointment(organisation.getValue()));
                Notifications.success(getTranslation("council.admin.appointed", seat));
                open(councils.get(c.id()));
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        FormLayout form = new FormLayout(college, origin, organisation, titulaire.name, titulaire.email,
                titulaire.phone, titulaire.consent, suppleant.name, suppleant.email, suppleant.phone, suppleant.consent,
                appoint);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        return new Div(new H3(getTranslation("council.admin.appoint-title")), form);
    }

    private Div mandateForm(CouncilData c) {
        DatePicker start = new DatePicker(getTranslation("council.field.mandate-start"));
        start.setLocale(CouncilUi.locale());
        start.setValue(c.mandateStart());
        Button set = new Button(getTranslation("council.admin.start-mandate"), e -> {
            try {
                CouncilData d = councils.startMandate(c.id(), start.getValue());
                Notifications.success(getTranslation("council.admin.mandate-set", CouncilUi.date(d.mandateEnd())));
                refresh();
                open(d);
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        Div box = new Div(new H3(getTranslation("council.admin.mandate-title")));
        if (c.mandateEnd() != null) {
            box.add(new Paragraph(getTranslation("council.mandate", CouncilUi.date(c.mandateStart()),
                    CouncilUi.date(c.mandateEnd()))));
        }
        FlexLayout row = new FlexLayout(start, set);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(Alignment.END);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        box.add(row);
        return box;
    }

    private Div arreteForm(CouncilData c) {
        DatePicker date = new DatePicker(getTranslation("council.field.arrete-date"));
        date.setLocale(CouncilUi.locale());
        TextField reference = new TextField(getTranslation("council.field.arrete-reference"));
        reference.setMaxLength(120);
        arretePdf = null;
        Upload upload = BoundedUpload.create(councils.settings().arreteMaxSize().toBytes(),
                List.of("application/pdf", ".pdf"), (file, bytes) -> arretePdf = bytes);
        upload.setId("council-arrete-upload");
        Button record = new Button(getTranslation("council.admin.record-arrete"), e -> {
            try {
                List<ArreteWarning> warnings = arretes.arreteWarnings(c.id(), date.getValue());
                if (warnings.isEmpty()) {
                    recordArrete(c, date.getValue(), reference.getValue(), false);
                    return;
                }
                ConfirmDialog dialog = new ConfirmDialog();
                dialog.setHeader(getTranslation("council.admin.arrete-warn-header"));
                UnorderedList list = new UnorderedList();
                list.setId("council-arrete-warnings");
                warnings.forEach(w -> list.add(new ListItem(getTranslation(w.key(), w.args().stream()
                        .map(a -> a instanceof LocalDate d ? CouncilUi.date(d) : a).toArray()))));
                dialog.setText(new Div(list, new Paragraph(getTranslation("council.admin.arrete-warn-text"))));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("action.cancel"));
                Button ok = new Button(getTranslation("council.admin.arrete-warn-confirm"), x -> {
                    dialog.close();
                    recordArrete(c, date.getValue(), reference.getValue(), true);
                });
                ok.setId("council-arrete-confirm");
                ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
                dialog.setConfirmButton(ok);
                dialog.open();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        record.setId("council-record-arrete");
        return new Div(new H3(getTranslation("council.admin.arrete-title")),
                new Paragraph(getTranslation("council.admin.arrete-help")), date, reference,
                new Paragraph(getTranslation("council.field.arrete-file")), upload, record);
    }

    private void recordArrete(CouncilData c, LocalDate date, String reference, boolean confirmed) {
        try {
            CouncilData d = arretes.recordArrete(c.id(), date, reference, arretePdf, confirmed);
            Notifications.success(getTranslation("council.admin.arrete-recorded"));
            refresh();
            open(d);
        } catch (BusinessException ex) {
            Notifications.error(ex);
        }
    }

    /** Archiving asks first, and says the council leaves the lists but stays as history. */
    private Button archiveButton(CouncilData c) {
        Button archive = new Button(getTranslation("council.admin.archive"), e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("council.admin.archive-header", c.name()));
            dialog.setText(getTranslation("council.admin.archive-text"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            Button ok = new Button(getTranslation("council.admin.archive"), x -> {
                dialog.close();
                try {
                    councils.archive(c.id());
                    Notifications.success(getTranslation("council.admin.archived", c.name()));
                    detail.removeAll();
                    reset();
                    refresh();
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            ok.setId("council-archive-confirm");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            dialog.setConfirmButton(ok);
            dialog.open();
        });
        archive.setId("council-archive");
        return archive;
    }

    @Override
    protected String titleKey() {
        return "council.admin.title";
    }
}
