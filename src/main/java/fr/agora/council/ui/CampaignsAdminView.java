package fr.agora.council.ui;

import static fr.agora.council.domain.CouncilTime.SHOWN;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.Candidacy;
import fr.agora.council.service.AssistedEntry;
import fr.agora.council.service.AssociationApplication;
import fr.agora.council.service.CampaignData;
import fr.agora.council.service.CampaignForm;
import fr.agora.council.service.CandidacyData;
import fr.agora.council.service.CandidacyReceipt;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.service.CampaignService;
import fr.agora.council.service.CandidacyExportService;
import fr.agora.council.service.CandidacyService;
import fr.agora.council.service.InformationMeetingService;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.ResidentApplication;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls for candidacies, for staff: open a call (kind, council, window enforced by the server, minimum age), follow
 * the candidacies received, record withdrawals, export the list, and enter paper or in-person candidacies ("saisie
 * assistée", also open to contract partners, who see no candidacy list).
 */
@Route(value = "conseils/candidatures", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.PARTNER, Role.Names.DRAW_OPERATOR})
public class CampaignsAdminView extends AgoraView {

    private final CampaignService calls;
    private final CandidacyService candidacies;
    private final CandidacyExportService exports;
    private final InformationMeetingService meetings;
    private final Map<Long, String> councilNames;
    final Grid<CampaignData> campaigns = new Grid<>();
    final Div detail = new Div();
    final Select<Long> council = new Select<>();
    final Select<CampaignKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextField channels = new TextField();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final IntegerField minimumAge = new IntegerField();
    final Button save = new Button();
    private CampaignData editing;
    private String lastReceiver;

    public CampaignsAdminView(CampaignService calls, CandidacyService candidacies, CandidacyExportService exports,
            InformationMeetingService meetings, CouncilService councils) {
        this.calls = calls;
        this.candidacies = candidacies;
        this.exports = exports;
        this.meetings = meetings;
        this.councilNames = councils.all().stream().collect(Collectors.toMap(CouncilData::id, CouncilData::name,
                (a, b) -> a, java.util.LinkedHashMap::new));
        add(new H2(getTranslation("candidacy.admin.list")));
        campaigns.addColumn(CampaignData::councilName).setHeader(getTranslation("candidacy.col.council")).setAutoWidth(true);
        campaigns.addColumn(CampaignData::title).setHeader(getTranslation("candidacy.col.title")).setAutoWidth(true);
        campaigns.addColumn(c -> getTranslation("candidacy.kind." + c.kind().name()))
                .setHeader(getTranslation("candidacy.col.kind")).setAutoWidth(true);
        campaigns.addColumn(c -> SHOWN.format(c.opensAt()) + " → " + SHOWN.format(c.closesAt()))
                .setHeader(getTranslation("candidacy.col.window")).setAutoWidth(true);
        campaigns.addColumn(c -> getTranslation(c.open() ? "candidacy.col.open" : "candidacy.col.not-open"))
                .setHeader(getTranslation("candidacy.col.state")).setAutoWidth(true);
        campaigns.setAllRowsVisible(true);
        campaigns.setAriaLabel(getTranslation("candidacy.admin.list"));
        campaigns.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::open, () -> {
            detail.removeAll();
            reset();
        }));
        add(campaigns);
        if (calls.canManageCampaigns()) {
            add(new H2(getTranslation("candidacy.admin.form")));
            add(form());
        }
        add(detail);
        refresh();
    }

    private FormLayout form() {
        council.setLabel(getTranslation("candidacy.field.council"));
        council.setItems(councilNames.keySet());
        council.setItemLabelGenerator(id -> councilNames.getOrDefault(id, ""));
        kind.setLabel(getTranslation("candidacy.field.kind"));
        kind.setItems(CampaignKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("candidacy.kind." + k.name()));
        title.setLabel(getTranslation("candidacy.field.title"));
        title.setMaxLength(160);
        description.setLabel(getTranslation("candidacy.field.description"));
        description.setMaxLength(4000);
        channels.setLabel(getTranslation("candidacy.field.channels"));
        channels.setMaxLength(500);
        channels.setHelperText(getTranslation("candidacy.field.channels-help"));
        opens.setLabel(getTranslation("candidacy.field.opens"));
        closes.setLabel(getTranslation("candidacy.field.closes"));
        minimumAge.setLabel(getTranslation("candidacy.field.minimum-age"));
        minimumAge.setMin(11);
        minimumAge.setMax(25);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button clear = new Button(getTranslation("candidacy.admin.new"), e -> campaigns.deselectAll());
        reset();
        FormLayout form = new FormLayout(council, kind, title, channels, opens, closes, minimumAge, description,
                new FlexLayout(save, clear));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(description, 2);
        return form;
    }

    private void reset() {
        editing = null;
        council.clear();
        council.setEnabled(true);
        kind.setValue(CampaignKind.HABITANT);
        kind.setEnabled(true);
        title.clear();
        description.clear();
        channels.clear();
        LocalDate today = calls.today();
        opens.setValue(LocalDateTime.of(today, LocalTime.of(9, 0)));
        closes.setValue(LocalDateTime.of(today.plusWeeks(4), LocalTime.of(18, 0)));
        minimumAge.setValue(candidacies.settings().minimumAge());
        save.setText(getTranslation("candidacy.admin.create"));
    }

    void save() {
        try {
            CampaignForm form = new CampaignForm(council.getValue() == null ? 0 : council.getValue(), kind.getValue(),
                    title.getValue(), description.getValue(), channels.getValue(),
                    opens.getValue() == null ? null : opens.getValue().atZone(CouncilTime.ZONE).toInstant(),
                    closes.getValue() == null ? null : closes.getValue().atZone(CouncilTime.ZONE).toInstant(),
                    minimumAge.getValue() == null ? 0 : minimumAge.getValue());
            CampaignData saved = editing == null ? calls.create(form) : calls.update(editing.id(), form);
            Notifications.success(getTranslation("candidacy.admin.saved", saved.title()));
            refresh();
            campaigns.select(campaigns.getListDataView().getItems().filter(c -> c.id() == saved.id()).findFirst()
                    .orElse(null));
        } catch (BusinessException ex) {
            Notifications.error(ex);
        }
    }

    /**
     * "Clôturer maintenant": says what will happen (candidacies refused from now on, for good) before closing the
     * call, rather than having staff edit its closing date.
     */
    private void confirmClose(CampaignData c) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("candidacy.admin.close-header", c.title()));
        dialog.setText(getTranslation("candidacy.admin.close-text", SHOWN.format(c.closesAt())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("candidacy.admin.close-now"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            try {
                CampaignData closed = calls.closeNow(c.id());
                Notifications.success(getTranslation("candidacy.admin.closed", closed.title()));
                refresh();
                campaigns.select(campaigns.getListDataView().getItems().filter(x -> x.id() == closed.id()).findFirst()
                        .orElse(null));
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        dialog.open();
    }

    private void refresh() {
        campaigns.setItems(calls.all());
    }

    private void open(CampaignData c) {
        editing = c;
        if (calls.canManageCampaigns()) {
            council.setValue(c.councilId());
            council.setEnabled(false);
            kind.setValue(c.kind());
            kind.setEnabled(false);
            title.setValue(c.title());
            description.setValue(c.description() == null ? "" : c.description());
            channels.setValue(c.channels() == null ? "" : c.channels());
            opens.setValue(LocalDateTime.ofInstant(c.opensAt(), CouncilTime.ZONE));
            closes.setValue(LocalDateTime.ofInstant(c.closesAt(), CouncilTime.ZONE));
            minimumAge.setValue(c.minimumAge());
            save.setText(getTranslation("candidacy.admin.update"));
        }
        detail.removeAll();
        detail.setWidthFull();
        detail.add(new H2(c.title()));
        detail.add(new Paragraph(new Anchor(CandidacyView.path(c.councilSlug(), c.id()), getTranslation("candidacy.admin.public-link"))));
        Button enter = new Button(getTranslation("candidacy.assisted.open"), e -> assisted(c));
        enter.setId("candidacy-assisted");
        detail.add(enter);
        if (calls.canManageCampaigns() && c.open()) {
            Button close = new Button(getTranslation("candidacy.admin.close-now"), e -> confirmClose(c));
            close.setId("candidacy-close-now");
            detail.add(close);
        }
        if (!candidacies.canReadCandidacies()) {
            return;
        }
        List<CandidacyData> list = candidacies.candidacies(c.id());
        long standing = list.stream().filter(x -> x.status() == Candidacy.Status.RECEIVED).count();
        detail.add(new Paragraph(getTranslation("candidacy.admin.count", standing, list.size() - standing)));
        if (calls.canManageCampaigns()) {
            Locale locale = UI.getCurrent().getLocale();
            detail.add(new Paragraph(new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                    new ByteArrayInputStream(exports.candidaciesCsv(c.id(), locale)), "candidatures-" + c.id() + ".csv",
                    "text/csv", -1)), getTranslation("candidacy.admin.export"))));
        }
        if (calls.canManageCampaigns() && c.kind() == CampaignKind.ASSOCIATION && c.closed()) {
            detail.add(meeting(c));
        }
        Grid<CandidacyData> grid = new Grid<>();
        grid.setId("candidacies");
        grid.addColumn(CandidacyData::reference).setHeader(getTranslation("candidacy.col.reference")).setAutoWidth(true);
        grid.addColumn(x -> x.organisation() != null ? x.organisation() : x.firstName() + " " + x.lastName())
                .setHeader(getTranslation("candidacy.col.name")).setAutoWidth(true);
        grid.addColumn(x -> x.territoryName() == null ? "" : x.territoryName())
                .setHeader(getTranslation("candidacy.col.territory")).setAutoWidth(true);
        grid.addColumn(x -> getTranslation("candidacy.status." + x.status().name()))
                .setHeader(getTranslation("candidacy.col.status")).setAutoWidth(true);
        grid.addColumn(x -> x.assisted() ? getTranslation("candidacy.col.assisted-by", x.enteredBy(), x.receivedBy()) : "")
                .setHeader(getTranslation("candidacy.col.assisted")).setAutoWidth(true);
        grid.addComponentColumn(x -> {
            Button withdraw = new Button(getTranslation("candidacy.withdraw"), e -> {
                try {
                    candidacies.withdraw(x.id());
                    open(c);
                } catch (BusinessException ex) {
                    Notifications.error(ex);
                }
            });
            withdraw.getElement().setAttribute("aria-label", getTranslation("candidacy.withdraw.of", x.reference()));
            withdraw.setEnabled(x.status() == Candidacy.Status.RECEIVED);
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return withdraw;
        }).setHeader(getTranslation("candidacy.col.actions")).setAutoWidth(true);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("candidacy.admin.candidacies", c.title()));
        detail.add(grid);
    }

    /** Invites the candidates of a closed associations' call to the information meeting. */
    private Div meeting(CampaignData c) {
        Div box = new Div(new com.vaadin.flow.component.html.H3(getTranslation("candidacy.meeting.heading")));
        DateTimePicker when = new DateTimePicker(getTranslation("candidacy.meeting.when"));
        when.setValue(LocalDateTime.of(calls.today().plusWeeks(2), LocalTime.of(18, 30)));
        TextField place = new TextField(getTranslation("candidacy.meeting.place"));
        place.setMaxLength(255);
        place.setWidthFull();
        Button send = new Button(getTranslation("candidacy.meeting.send"), e -> {
            try {
                List<String> letters = meetings.inviteToInformationMeeting(c.id(), when.getValue(), place.getValue());
                Notifications.success(letters.isEmpty() ? getTranslation("candidacy.meeting.sent-all")
                        : getTranslation("candidacy.meeting.sent", String.join(", ", letters)));
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        send.setId("candidacy-meeting-send");
        box.add(when, place, send);
        return box;
    }

    void assisted(CampaignData c) {
        detail.removeAll();
        Button back = new Button(getTranslation("candidacy.back"), e -> open(c));
        int retention = candidacies.settings().retentionDays();
        CandidacyForm form = new CandidacyForm(c, true, lastReceiver, retention, calls.today(), new CandidacyForm.Submitter() {
            @Override
            public CandidacyReceipt resident(ResidentApplication application, AssistedEntry entry) {
                return candidacies.enterResident(c.id(), application, entry, Locale.FRENCH);
            }

            @Override
            public CandidacyReceipt association(AssociationApplication application, AssistedEntry entry) {
                return candidacies.enterAssociation(c.id(), application, entry, Locale.FRENCH);
            }
        }, receipt -> {
            Notifications.success(getTranslation("candidacy.received", receipt.reference()));
            open(c);
        });
        form.receivedBy.addValueChangeListener(e -> lastReceiver = e.getValue());
        detail.add(back, form);
        this.assistedForm = form;
    }

    CandidacyForm assistedForm;

    @Override
    protected String titleKey() {
        return "candidacy.admin.title";
    }
}
