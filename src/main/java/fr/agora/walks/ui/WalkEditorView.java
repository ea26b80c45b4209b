package fr.agora.walks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.BoundedUpload;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapSettings;
import fr.agora.walks.domain.GroupComposition;
import fr.agora.walks.domain.GroupType;
import fr.agora.walks.domain.PartnerKind;
import fr.agora.walks.domain.TimeOfDay;
import fr.agora.walks.domain.WalkPartner;
import fr.agora.walks.domain.WalkState;
import fr.agora.walks.domain.WalkTheme;
import fr.agora.walks.service.ParticipantData;
import fr.agora.walks.service.WalkDetail;
import fr.agora.walks.service.WalkForm;
import fr.agora.walks.service.WalkService;
import fr.agora.walks.service.WalkSummary;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * Staff create and run a walk: its basics and group (with the method's warnings), its partners, the route drawn by
 * tapping the map (or typed, or uploaded as GeoJSON), the participants who may capture pins (never public), the
 * steps of the method, the « suite donnée », and publication of the public page.
 */
@Route(value = "marches/gestion/:walkId([0-9]{1,18}|nouvelle)", layout = MainLayout.class)
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class WalkEditorView extends AgoraView implements BeforeEnterObserver {

    private final transient WalkService walks;
    private final transient TerritoryService territories;
    private final MapSettings mapSettings;
    private final DataSize maxGeoJson;

    WalkDetail walk;
    final TextField title = new TextField();
    final ComboBox<TerritoryData> territory = new ComboBox<>();
    final Select<WalkTheme> theme = new Select<>();
    final TextField themeOther = new TextField();
    final TextField organiser = new TextField();
    final DatePicker date = new DatePicker();
    final TimePicker startTime = new TimePicker();
    final RadioButtonGroup<TimeOfDay> timeOfDay = new RadioButtonGroup<>();
    final Select<GroupType> groupType = new Select<>();
    final IntegerField[] bands = new IntegerField[5];
    final Div groupWarnings = new Div();
    final ComboBox<WalkSummary> revisitOf = new ComboBox<>();
    final List<WalkPartner> partners = new ArrayList<>();
    final UnorderedList partnerList = new UnorderedList();
    final Select<PartnerKind> partnerKind = new Select<>();
    final ComboBox<String> partnerName = new ComboBox<>();
    final Button save = new Button();

    LeafletMap routeMap;
    final List<GeoPoint> route = new ArrayList<>();
    final Span routeStatus = new Span();
    final NumberField routeLat = new NumberField();
    final NumberField routeLon = new NumberField();
    final EmailField participantEmail = new EmailField();
    final UnorderedList participants = new UnorderedList();
    final Paragraph stateText = new Paragraph();
    final Div stateButtons = new Div();
    final TextArea followUp = new TextArea();
    final Button publish = new Button();

    public WalkEditorView(WalkService walks, TerritoryService territories, MapSettings mapSettings,
            @Value("${agora.uploads.max-geojson-size}") DataSize maxGeoJson) {
        this.walks = walks;
        this.territories = territories;
        this.mapSettings = mapSettings;
        this.maxGeoJson = maxGeoJson;
        addClassName("agora-walks");
        setMaxWidth("1100px");
        // listeners are registered once: the same view instance serves every walk it navigates to
        theme.addValueChangeListener(e -> themeOther.setVisible(e.getValue() == WalkTheme.AUTRE));
        partnerName.addCustomValueSetListener(e -> partnerName.setValue(e.getDetail()));
        save.addClickListener(e -> save());
        publish.addClickListener(e -> togglePublished());
    }

    void togglePublished() {
        try {
            walk = walks.setPublished(walk.id(), !walk.published());
            Notifications.success(getTranslation(walk.published() ? "walk.editor.published" : "walk.editor.unpublished"));
            showState();
        } catch (BusinessException ex) {
            Notifications.error(ex);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("walkId").orElse("nouvelle");
        removeAll();
        walk = null;
        if (!"nouvelle".equals(param)) {
            try {
                walk = walks.get(Long.parseLong(param));
            } catch (BusinessException | NumberFormatException e) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("walk.unknown"));
                return;
            }
        }
        build();
    }

    private void build() {
        add(new Paragraph(new Anchor("marches/gestion", getTranslation("walks.admin.back"))));
        if (walk != null) {
            add(new Paragraph(new Anchor("marches/" + walk.id(), getTranslation("walk.editor.public-page")), new Span(" · "),
                    new Anchor("marches/" + walk.id() + "/saisie", getTranslation("walk.editor.capture")), new Span(" · "),
                    new Anchor("marches/gestion/" + walk.id() + "/recommandations", getTranslation("walk.editor.recommendations")),
                    new Span(" · "), new Anchor("marches/moderation", getTranslation("walks.nav.moderation"))));
        }
        add(new H2(getTranslation("walk.editor.basics")), basics());
        if (walk == null) {
            add(new Paragraph(getTranslation("walk.editor.save-first")));
            return;
        }
        add(new H2(getTranslation("walk.editor.route")), routeEditor());
        add(new H2(getTranslation("walk.editor.participants")), participantsEditor());
        add(new H2(getTranslation("walk.editor.workflow")), workflow());
    }

    private Component basics() {
        title.setLabel(getTranslation("walk.field.title"));
        title.setMaxLength(200);
        title.setRequired(true);
        title.setId("walk-title");
        territory.setLabel(getTranslation("walk.field.territory"));
        territory.setItems(territories.residenceChoices());
        territory.setItemLabelGenerator(TerritoryData::name);
        territory.setRequired(true);
        territory.setId("walk-territory");
        theme.setLabel(getTranslation("walk.field.theme"));
        theme.setItems(WalkTheme.values());
        theme.setItemLabelGenerator(t -> getTranslation("walk.theme." + t.name()));
        theme.setValue(WalkTheme.INSECURITE_FEMMES);
        theme.setId("walk-theme");
        themeOther.setLabel(getTranslation("walk.field.theme-other"));
        themeOther.setMaxLength(160);
        themeOther.setVisible(false);
        organiser.setLabel(getTranslation("walk.field.organiser"));
        organiser.setHelperText(getTranslation("walk.field.organiser.help"));
        organiser.setMaxLength(200);
        organiser.setId("walk-organiser");
        date.setLabel(getTranslation("walk.field.date"));
        date.setValue(walks.today());
        date.setId("walk-date");
        startTime.setLabel(getTranslation("walk.field.start-time"));
        timeOfDay.setLabel(getTranslation("walk.field.time-of-day"));
        timeOfDay.setItems(TimeOfDay.values());
        timeOfDay.setItemLabelGenerator(t -> getTranslation("walk.time.label." + t.name()));
        timeOfDay.setValue(TimeOfDay.DAY);
        timeOfDay.setId("walk-time-of-day");
        groupType.setLabel(getTranslation("walk.field.group-type"));
        groupType.setItems(GroupType.values());
        groupType.setItemLabelGenerator(g -> getTranslation("walk.group." + g.name()));
        groupType.setValue(GroupType.WOMEN);
        revisitOf.setLabel(getTranslation("walk.field.revisit-of"));
        revisitOf.setItems(walks.all().stream().filter(w -> walk == null || w.id() != walk.id()).toList());
        revisitOf.setItemLabelGenerator(w -> w.title() + " (" + WalkUi.date(this, w.date()) + ")");
        revisitOf.setClearButtonVisible(true);
        revisitOf.setHelperText(getTranslation("walk.field.revisit-of.help"));

        FormLayout form = new FormLayout(title, territory, theme, themeOther, organiser, date, startTime, timeOfDay, groupType,
                revisitOf);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        Div group = new Div();
        group.add(new Paragraph(getTranslation("walk.editor.group.help")));
        FormLayout counts = new FormLayout();
        counts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("600px", 5));
        for (int i = 0; i < bands.length; i++) {
            IntegerField f = new IntegerField(getTranslation("walk.group.band." + i));
            f.setMin(0);
            f.setMax(GroupComposition.MAX_COUNT);
            f.setValue(0);
            f.setStepButtonsVisible(true);
            f.setValueChangeMode(ValueChangeMode.EAGER);
            f.setId("walk-band-" + i);
            f.addValueChangeListener(e -> showGroupWarnings());
            bands[i] = f;
            counts.add(f);
        }
        groupWarnings.setId("walk-group-warnings");
        groupWarnings.getElement().setAttribute("aria-live", "polite");
        group.add(counts, groupWarnings);

        Div partnersBox = new Div();
        partnerKind.setLabel(getTranslation("walk.editor.partner.kind"));
        partnerKind.setItems(PartnerKind.values());
        partnerKind.setItemLabelGenerator(k -> getTranslation("walk.partner." + k.name()));
        partnerKind.setValue(PartnerKind.BAILLEUR);
        partnerName.setLabel(getTranslation("walk.editor.partner.name"));
        partnerName.setAllowCustomValue(true);
        partnerName.setItems(walks.partnerOrganisations());
        partnerName.setId("walk-partner-name");
        Button addPartner = new Button(getTranslation("walk.editor.partner.add"), e -> addPartner());
        addPartner.setId("walk-partner-add");
        FlexLayout partnerForm = new FlexLayout(partnerKind, partnerName, addPartner);
        partnerForm.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        partnerForm.setAlignItems(Alignment.END);
        partnerForm.getStyle().set("gap", "var(--lumo-space-m)");
        partnerList.setId("walk-partners");
        partnersBox.add(new Paragraph(getTranslation("walk.field.partners")), partnerList, partnerForm);

        save.setText(getTranslation(walk == null ? "walk.editor.create" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("walk-save");
        fill();
        Div box = new Div(form, new H2(getTranslation("walk.editor.group")), group, partnersBox, save);
        return box;
    }

    private void fill() {
        if (walk == null) {
            showGroupWarnings();
            showPartners();
            return;
        }
        WalkForm f = walk.form();
        title.setValue(f.title());
        territory.getListDataView().getItems().filter(t -> t.id().equals(f.territoryId())).findFirst().ifPresentOrElse(
                territory::setValue, () -> territories.all().stream().filter(t -> t.id().equals(f.territoryId())).findFirst()
                        .ifPresent(t -> {
                            List<TerritoryData> items = new ArrayList<>(territory.getListDataView().getItems().toList());
                            items.add(t);
                            territory.setItems(items);
                            territory.setValue(t);
                        }));
        theme.setValue(f.theme());
        themeOther.setValue(f.themeOther() == null ? "" : f.themeOther());
        organiser.setValue(f.organiser());
        date.setValue(f.date());
        startTime.setValue(f.startTime());
        timeOfDay.setValue(f.timeOfDay());
        groupType.setValue(f.groupType());
        int[] counts = f.group().counts();
        for (int i = 0; i < bands.length; i++) {
            bands[i].setValue(counts[i]);
        }
        partners.clear();
        partners.addAll(f.partners());
        showPartners();
        revisitOf.getListDataView().getItems().filter(w -> f.revisitOfId() != null && w.id() == f.revisitOfId()).findFirst()
                .ifPresent(revisitOf::setValue);
        showGroupWarnings();
    }

    GroupComposition group() {
        int[] c = new int[5];
        for (int i = 0; i < 5; i++) {
            Integer v = bands[i].getValue();
            c[i] = v == null ? 0 : Math.max(0, Math.min(GroupComposition.MAX_COUNT, v));
        }
        return new GroupComposition(c[0], c[1], c[2], c[3], c[4]);
    }

    void showGroupWarnings() {
        groupWarnings.removeAll();
        GroupComposition g = group();
        Paragraph total = new Paragraph(getTranslation("walk.group.summary", g.total(), g.generations()));
        groupWarnings.add(total);
        for (GroupComposition.Warning w : g.warnings()) {
            Paragraph p = new Paragraph(getTranslation("walk.group.warning." + w.name()));
            p.addClassName("agora-warning");
            p.addClassName("walk-group-warning");
            groupWarnings.add(p);
        }
    }

    void addPartner() {
        String name = partnerName.getValue();
        if (name == null || name.isBlank() || partnerKind.getValue() == null) {
            Notifications.error(getTranslation("walk.editor.partner.required"));
            return;
        }
        try {
            partners.add(new WalkPartner(partnerKind.getValue(), name));
        } catch (IllegalArgumentException e) {
            Notifications.error(getTranslation("walk.editor.partner.required"));
            return;
        }
        partnerName.clear();
        showPartners();
    }

    private void showPartners() {
        partnerList.removeAll();
        if (partners.isEmpty()) {
            partnerList.add(new ListItem(getTranslation("walk.editor.partner.none")));
        }
        for (WalkPartner p : List.copyOf(partners)) {
            Button remove = new Button(getTranslation("walk.editor.remove"), e -> {
                partners.remove(p);
                showPartners();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("walk.editor.partner.remove", p.name()));
            partnerList.add(new ListItem(new Span(p.name() + " (" + getTranslation("walk.partner." + p.kind().name()) + ") "), remove));
        }
    }

    void save() {
        WalkForm form = new WalkForm(title.getValue(), territory.getValue() == null ? null : territory.getValue().id(),
                theme.getValue(), themeOther.getValue(), organiser.getValue(), date.getValue(), startTime.getValue(),
                timeOfDay.getValue(), groupType.getValue(), group(), List.copyOf(partners),
                revisitOf.getValue() == null ? null : revisitOf.getValue().id());
        try {
            if (walk == null) {
                WalkDetail created = walks.create(form);
                Notifications.success(getTranslation("walk.editor.created", created.form().title()));
                getUI().ifPresent(ui -> ui.navigate("marches/gestion/" + created.id()));
            } else {
                walk = walks.update(walk.id(), form);
                Notifications.success(getTranslation("walk.editor.saved"));
            }
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    private Component routeEditor() {
        Div box = new Div();
        box.add(new Paragraph(getTranslation("walk.editor.route.help")));
        routeMap = new LeafletMap(mapSettings);
        routeMap.setAccessibleName(getTranslation("walk.editor.route.map"));
        routeMap.setHeight("360px");
        routeMap.setId("walk-route-map");
        routeMap.setView(walk.route().isEmpty() ? territoryCentre() : walk.route().getFirst(), 15);
        routeMap.fitTo(walk.route());
        route.clear();
        route.addAll(walk.route());
        routeMap.addMapClickListener(e -> addRoutePoint(e.getPoint()));
        routeStatus.setId("walk-route-status");
        routeStatus.getElement().setAttribute("aria-live", "polite");
        drawRoute();

        routeLat.setLabel(getTranslation("map.latitude"));
        routeLon.setLabel(getTranslation("map.longitude"));
        routeLat.setStep(0.000001);
        routeLon.setStep(0.000001);
        Button addTyped = new Button(getTranslation("walk.editor.route.add-typed"), e -> {
            try {
                addRoutePoint(new GeoPoint(routeLat.getValue() == null ? 999 : routeLat.getValue(),
                        routeLon.getValue() == null ? 999 : routeLon.getValue()));
            } catch (IllegalArgumentException ex) {
                Notifications.error(getTranslation("walk.route.invalid"));
            }
        });
        Button undo = new Button(getTranslation("walk.editor.route.undo"), e -> {
            if (!route.isEmpty()) {
                route.removeLast();
                drawRoute();
            }
        });
        undo.setId("walk-route-undo");
        Button clear = new Button(getTranslation("walk.editor.route.clear"), e -> {
            route.clear();
            drawRoute();
        });
        Button saveRoute = new Button(getTranslation("walk.editor.route.save"), e -> saveRoute());
        saveRoute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRoute.setId("walk-route-save");
        FlexLayout typed = new FlexLayout(routeLat, routeLon, addTyped);
        typed.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        typed.setAlignItems(Alignment.END);
        typed.getStyle().set("gap", "var(--lumo-space-m)");
        FlexLayout actions = new FlexLayout(undo, clear, saveRoute);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        Upload upload = BoundedUpload.create(maxGeoJson.toBytes(), List.of(".geojson", ".json", "application/geo+json",
                "application/json"), (name, bytes) -> uploadRoute(new String(bytes, StandardCharsets.UTF_8)));
        upload.setId("walk-route-upload");
        box.add(routeMap, routeStatus, typed, actions, new Paragraph(getTranslation("walk.editor.route.upload")), upload);
        return box;
    }

    private GeoPoint territoryCentre() {
        return territories.all().stream().filter(t -> t.id().equals(walk.form().territoryId()) && t.centre() != null)
                .map(TerritoryData::centre).findFirst().orElse(routeMap.getCentre());
    }

    void addRoutePoint(GeoPoint p) {
        if (!walks.bounds().contains(p)) {
            Notifications.error(getTranslation("walk.route.out-of-bounds"));
            return;
        }
        route.add(p);
        drawRoute();
    }

    private void drawRoute() {
        routeMap.clearMarkers();
        routeMap.removeGeoJson("route");
        WalkUi.showRoute(routeMap, route);
        if (!route.isEmpty()) {
            routeMap.addMarker(route.getFirst(), getTranslation("walk.editor.route.start"));
            if (route.size() > 1) {
                routeMap.addMarker(route.getLast(), getTranslation("walk.editor.route.end"));
            }
        }
        routeStatus.setText(getTranslation("walk.editor.route.points", route.size()));
    }

    void saveRoute() {
        try {
            walk = walks.setRoute(walk.id(), List.copyOf(route));
            Notifications.success(getTranslation("walk.editor.route.saved", walk.route().size()));
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    private void uploadRoute(String geoJson) {
        try {
            walk = walks.setRouteGeoJson(walk.id(), geoJson);
            route.clear();
            route.addAll(walk.route());
            drawRoute();
            routeMap.fitTo(route);
            Notifications.success(getTranslation("walk.editor.route.saved", walk.route().size()));
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    private Component participantsEditor() {
        Div box = new Div(new Paragraph(getTranslation("walk.editor.participants.help")));
        participantEmail.setLabel(getTranslation("walk.editor.participants.email"));
        participantEmail.setId("walk-participant-email");
        Button add = new Button(getTranslation("walk.editor.participants.add"), e -> {
            try {
                walk = walks.addParticipant(walk.id(), participantEmail.getValue());
                participantEmail.clear();
                showParticipants();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        add.setId("walk-participant-add");
        FlexLayout row = new FlexLayout(participantEmail, add);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(Alignment.END);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        participants.setId("walk-participants");
        showParticipants();
        box.add(participants, row);
        return box;
    }

    private void showParticipants() {
        participants.removeAll();
        if (walk.participants().isEmpty()) {
            participants.add(new ListItem(getTranslation("walk.editor.participants.none")));
        }
        for (ParticipantData p : walk.participants()) {
            Button remove = new Button(getTranslation("walk.editor.remove"), e -> {
                walk = walks.removeParticipant(walk.id(), p.userId());
                showParticipants();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("walk.editor.participants.remove", p.displayName()));
            participants.add(new ListItem(new Span(p.displayName() + " <" + p.email() + "> "), remove));
        }
    }

    private Component workflow() {
        Div box = new Div();
        stateText.setId("walk-state-text");
        stateButtons.setId("walk-state-buttons");
        followUp.setLabel(getTranslation("walk.editor.follow-up"));
        followUp.setHelperText(getTranslation("walk.editor.follow-up.help"));
        followUp.setWidthFull();
        followUp.setMaxLength(10_000);
        followUp.setValue(walk.followUpSummary() == null ? "" : walk.followUpSummary());
        followUp.setId("walk-follow-up");
        Button publishFollowUp = new Button(getTranslation("walk.editor.follow-up.publish"), e -> {
            try {
                walk = walks.publishFollowUp(walk.id(), followUp.getValue());
                Notifications.success(getTranslation("walk.editor.follow-up.published"));
                showState();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        publishFollowUp.setId("walk-follow-up-publish");
        publish.setId("walk-publish");
        showState();
        box.add(stateText, stateButtons, publish, followUp, publishFollowUp);
        return box;
    }

    void showState() {
        stateText.setText(getTranslation("walk.editor.state", getTranslation("walk.state." + walk.state().name()),
                walk.sentRecommendations()));
        stateButtons.removeAll();
        WalkState next = walk.state().next();
        WalkState previous = walk.state() == WalkState.CLOTUREE ? null : walk.state().previous();
        if (next != null) {
            Button forward = new Button(getTranslation("walk.editor.state.next", getTranslation("walk.state." + next.name())),
                    e -> move(next));
            forward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            forward.setId("walk-state-next");
            stateButtons.add(forward);
        }
        if (previous != null) {
            Button back = new Button(getTranslation("walk.editor.state.previous", getTranslation("walk.state." + previous.name())),
                    e -> move(previous));
            back.setId("walk-state-previous");
            back.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            stateButtons.add(back);
        }
        publish.setText(getTranslation(walk.published() ? "walk.editor.unpublish" : "walk.editor.publish"));
    }

    void move(WalkState target) {
        try {
            walk = walks.moveTo(walk.id(), target);
            Notifications.success(getTranslation("walk.editor.state.moved", getTranslation("walk.state." + target.name())));
            showState();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "walk.editor.title";
    }

    @Override
    public String getPageTitle() {
        return (walk == null ? getTranslation("walk.editor.title-new") : walk.form().title()) + " — Agora";
    }
}
