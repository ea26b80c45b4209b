package fr.agora.walks.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.Dates;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.BoundedUpload;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.GeoPointField;
import fr.agora.shared.ui.map.MapSettings;
import fr.agora.walks.domain.Assessment;
import fr.agora.walks.domain.CityBounds;
import fr.agora.walks.service.CaptureContext;
import fr.agora.walks.service.CriterionData;
import fr.agora.walks.service.ObservationData;
import fr.agora.walks.service.ObservationInput;
import fr.agora.walks.service.ObservationService;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Field capture on a phone: place a pin at the phone's position (geolocation) or by tapping the map, choose the
 * criterion, asset or weakness, severity, write what you see, attach photos, send. Nothing typed is lost when the
 * network drops: the form keeps a local draft in the browser (written by the browser itself as the participant
 * types or taps, and by the server at each change it receives) and offers to restore and resend it. Resending the
 * same draft never creates a second pin.
 */
@Route(value = "marches/:walkId([0-9]{1,18})/saisie", layout = MainLayout.class)
@PermitAll
public class WalkCaptureView extends AgoraView implements BeforeEnterObserver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUID_PATTERN = Pattern.compile("^[0-9a-fA-F-]{36}$");

    private final transient ObservationService observations;
    private final transient Dates dates;
    private final MapSettings mapSettings;

    CaptureContext context;
    GeoPointField position;
    final Button locate = new Button();
    final Paragraph positionStatus = new Paragraph();
    final RadioButtonGroup<CriterionData> criterion = new RadioButtonGroup<>();
    final RadioButtonGroup<Assessment> assessment = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> severity = new RadioButtonGroup<>();
    final TextArea text = new TextArea();
    final Button submit = new Button();
    final Div draftBanner = new Div();
    final Paragraph draftText = new Paragraph();
    final UnorderedList myPins = new UnorderedList();
    final Span photoStatus = new Span();
    Upload upload;

    /** The draft's identifier: the same draft sent twice stores one pin. */
    String clientRef = UUID.randomUUID().toString();
    /** When the pin was placed (kept by a draft). */
    Instant placedAt;
    /** Photos chosen for the pin being written, sent once it is stored. */
    final java.util.List<byte[]> pendingPhotos = new java.util.ArrayList<>();
    private String draftKey = "";

    public WalkCaptureView(ObservationService observations, MapSettings mapSettings, Dates dates) {
        addClassName("agora-walks");
        this.observations = observations;
        this.mapSettings = mapSettings;
        this.dates = dates;
        // listeners are registered once: the same view instance may serve several walks
        locate.addClickListener(e -> locate());
        criterion.addValueChangeListener(e -> saveDraft());
        assessment.addValueChangeListener(e -> saveDraft());
        severity.addValueChangeListener(e -> saveDraft());
        text.addValueChangeListener(e -> saveDraft());
        submit.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("walkId").orElse(0L);
        removeAll();
        try {
            context = observations.captureContext(id);
        } catch (BusinessException e) {
            add(new Paragraph(Notifications.translate(e)));
            add(new Paragraph(new Anchor("marches", getTranslation("walks.back"))));
            context = null;
            return;
        }
        draftKey = "agora.walk-draft." + id + "." + digest(CurrentUser.actor());
        build();
    }

    private void build() {
        add(new Paragraph(getTranslation("capture.intro", context.title(), context.territoryName())));
        if (!context.open()) {
            add(new Paragraph(getTranslation("walk.observation.closed")));
            showMine();
            return;
        }
        draftBanner.setId("capture-draft");
        draftBanner.addClassName("agora-card");
        draftBanner.getElement().setAttribute("role", "region");
        draftBanner.getElement().setAttribute("aria-label", getTranslation("capture.draft.region"));
        Button restore = new Button(getTranslation("capture.draft.restore"), e -> restoreDraft(lastDraft));
        restore.setId("capture-draft-restore");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("capture.draft.discard"), e -> {
            clearDraft();
            draftBanner.setVisible(false);
        });
        discard.setId("capture-draft-discard");
        draftBanner.add(draftText, new FlexLayout(restore, discard));
        draftBanner.setVisible(false);
        add(draftBanner);

        add(new H2(getTranslation("capture.new")));
        locate.setText(getTranslation("capture.locate"));
        locate.setId("capture-locate");
        positionStatus.setId("capture-position-status");
        positionStatus.getElement().setAttribute("aria-live", "polite");
        positionStatus.setText(getTranslation("capture.position.none"));

        position = new GeoPointField(getTranslation("capture.position"), mapSettings);
        CityBounds b = context.bounds();
        position.setBounds(b.minLat(), b.minLon(), b.maxLat(), b.maxLon());
        position.setId("capture-position");
        // coordinates are a staff detail: residents place the pin on the map or with their position
        position.setCoordinatesOpened(staff());
        position.getMap().setHeight("300px");
        position.getMap().setView(mapSettings.centerLat() == 0 ? position.getMap().getCentre()
                : context.route().isEmpty() ? position.getMap().getCentre() : context.route().getFirst(), 16);
        WalkUi.showRoute(position.getMap(), context.route());
        position.getMap().fitTo(context.route());
        position.addValueChangeListener(e -> {
            placedAt = observations.now();
            describePosition(e.getValue());
            saveDraft();
        });
        add(locate, positionStatus, position);

        criterion.setLabel(getTranslation("capture.criterion"));
        criterion.setItems(context.criteria());
        criterion.setItemLabelGenerator(c -> c.symbol() + " — " + c.label(getLocale()));
        criterion.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        criterion.setRequiredIndicatorVisible(true);
        criterion.setId("capture-criterion");
        assessment.setLabel(getTranslation("capture.assessment"));
        assessment.setItems(Assessment.values());
        assessment.setItemLabelGenerator(a -> getTranslation("walk.assessment." + a.name()));
        assessment.setRequiredIndicatorVisible(true);
        assessment.setId("capture-assessment");
        severity.setLabel(getTranslation("capture.severity"));
        severity.setItems(1, 2, 3);
        severity.setItemLabelGenerator(s -> getTranslation("capture.severity." + s));
        severity.setValue(2);
        severity.setId("capture-severity");
        text.setLabel(getTranslation("capture.text"));
        text.setHelperText(getTranslation("capture.text.help"));
        text.setMaxLength(2000);
        text.setWidthFull();
        text.setMinHeight("120px");
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.setId("capture-text");
        add(criterion, assessment, severity, text);

        upload = BoundedUpload.create(context.maxPhotoBytes(), List.of("image/jpeg", "image/png", "image/webp", ".jpg",
                ".jpeg", ".png", ".webp"), (name, bytes) -> attachPhoto(bytes));
        // one file at a time (the list is cleared once a photo is kept), up to the per-pin limit
        upload.addSucceededListener(e -> upload.clearFileList());
        upload.setId("capture-photo");
        photoStatus.setId("capture-photo-status");
        photoStatus.getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(getTranslation("capture.photo.help", context.maxPhotoBytes() / (1024 * 1024),
                context.photosPerObservation())), upload, photoStatus);

        submit.setText(getTranslation("capture.submit"));
        submit.setId("capture-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        add(submit);
        showMine();
    }

    private void showMine() {
        add(new H2(getTranslation("capture.mine")));
        myPins.setId("capture-mine");
        refreshMine(context.myPins());
        add(myPins);
        add(new Paragraph(new Anchor("marches/" + context.walkId(), getTranslation("capture.public-page"))));
    }

    private void refreshMine(List<ObservationData> pins) {
        myPins.removeAll();
        if (pins.isEmpty()) {
            myPins.add(new ListItem(getTranslation("capture.mine.none")));
        }
        // what the public really sees of each pin (internal, text hidden, walk page not yet online), not just
        // its moderation status
        java.util.Map<Long, String> states = pins.isEmpty() ? java.util.Map.of() : observations.mine().stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.pin().id(), fr.agora.walks.service.MyPin::stateKey));
        for (ObservationData p : pins) {
            String state = states.getOrDefault(p.id(), "walk.moderation.status." + p.status().name());
            ListItem item = new ListItem(getTranslation("capture.mine.item", p.id(), p.criterion().symbol(),
                    p.criterion().label(getLocale()), getTranslation("walk.assessment." + p.assessment().name()),
                    getTranslation(state), p.photos().size()) + " — " + p.text());
            item.getElement().setAttribute("data-state", state.substring(state.lastIndexOf('.') + 1));
            myPins.add(item);
        }
        if (position != null) {
            position.getMap().clearMarkers();
            WalkUi.showPins(position.getMap(), pins);
            if (position.getValue() != null) {
                GeoPoint current = position.getValue();
                position.clear();
                position.setValue(current);
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (context == null || !context.open()) {
            return;
        }
        installDraftScript();
        // offer a draft left by an earlier visit (a lost connection, a closed tab)
        getElement().executeJs("return localStorage.getItem($0);", draftKey)
                .then(String.class, this::offerDraft, error -> { });
    }

    /**
     * The browser keeps the draft up to date by itself (text typed, map tapped, position found), so that it survives
     * a network drop before the server hears of it.
     */
    private void installDraftScript() {
        getElement().executeJs("""
                const key = $0, area = $1, map = $2;
                if (area.__agoraDraftKey === key) return;
                area.__agoraDraftKey = key;
                const update = (change) => {
                  let d;
                  try { d = JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { d = {}; }
                  if (!d.ref) d.ref = (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : $3;
                  change(d);
                  d.savedAt = new Date().toISOString();
                  try { localStorage.setItem(key, JSON.stringify(d)); } catch (e) { /* storage full or disabled */ }
                };
                area.addEventListener('input', () => {
                  const input = area.inputElement || area.querySelector('textarea');
                  update((d) => { d.text = input ? input.value : area.value; });
                });
                const moved = (e) => update((d) => { d.lat = e.detail.lat; d.lon = e.detail.lon; d.observedAt = new Date().toISOString(); });
                map.addEventListener('agora-map-click', moved);
                map.addEventListener('agora-position', moved);
                """, draftKey, text.getElement(), position.getMap().getElement(), clientRef);
    }

    private String lastDraft;

    /** Shows the draft banner when the browser holds a draft with something in it. */
    void offerDraft(String json) {
        lastDraft = json;
        Draft d = parseDraft(json);
        if (d == null || (d.text().isBlank() && d.point() == null)) {
            return;
        }
        String when = d.savedAt() == null ? "?" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).format(dates.at(d.savedAt()));
        draftText.setText(getTranslation("capture.draft.found", when));
        draftBanner.setVisible(true);
    }

    /** A draft as read back from the browser; every field is checked, as for any input. */
    record Draft(String ref, String criterionCode, Assessment assessment, Integer severity, String text, GeoPoint point,
            Instant observedAt, Instant savedAt) {
    }

    Draft parseDraft(String json) {
        if (json == null || json.isBlank() || json.length() > 20_000) {
            return null;
        }
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JacksonException e) {
            return null;
        }
        if (n == null || !n.isObject()) {
            return null;
        }
        String ref = n.path("ref").asString("");
        GeoPoint point = null;
        if (n.path("lat").isNumber() && n.path("lon").isNumber()) {
            try {
                point = new GeoPoint(n.path("lat").asDouble(), n.path("lon").asDouble());
            } catch (IllegalArgumentException e) {
                point = null;
            }
        }
        Assessment a = null;
        try {
            a = n.hasNonNull("assessment") ? Assessment.valueOf(n.path("assessment").asString()) : null;
        } catch (IllegalArgumentException e) {
            a = null;
        }
        int sev = n.path("severity").asInt(0);
        String body = n.path("text").asString("");
        return new Draft(UUID_PATTERN.matcher(ref).matches() ? ref : null, n.path("criterion").asString(""), a,
                sev >= 1 && sev <= 3 ? sev : null, body.length() > 2000 ? body.substring(0, 2000) : body, point,
                instant(n.path("observedAt").asString("")), instant(n.path("savedAt").asString("")));
    }

    private static Instant instant(String s) {
        try {
            return s.isEmpty() ? null : Instant.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Fills the form from a draft; sending it keeps the draft's reference and time. */
    void restoreDraft(String json) {
        Draft d = parseDraft(json);
        if (d == null) {
            draftBanner.setVisible(false);
            return;
        }
        if (d.ref() != null) {
            clientRef = d.ref();
        }
        context.criteria().stream().filter(c -> c.code().equals(d.criterionCode())).findFirst().ifPresent(criterion::setValue);
        if (d.assessment() != null) {
            assessment.setValue(d.assessment());
        }
        if (d.severity() != null) {
            severity.setValue(d.severity());
        }
        text.setValue(d.text());
        if (d.point() != null) {
            position.setValue(d.point());
        }
        placedAt = d.observedAt();
        draftBanner.setVisible(false);
        Notifications.success(getTranslation("capture.draft.restored"));
    }

    /** The draft as JSON, as the server knows the form. */
    String draftJson() {
        ObjectNode d = JSON.createObjectNode();
        d.put("ref", clientRef);
        d.put("walkId", context.walkId());
        if (criterion.getValue() != null) {
            d.put("criterion", criterion.getValue().code());
        }
        if (assessment.getValue() != null) {
            d.put("assessment", assessment.getValue().name());
        }
        if (severity.getValue() != null) {
            d.put("severity", severity.getValue());
        }
        d.put("text", text.getValue());
        if (position.getValue() != null) {
            d.put("lat", position.getValue().lat());
            d.put("lon", position.getValue().lon());
        }
        if (placedAt != null) {
            d.put("observedAt", placedAt.toString());
        }
        d.put("savedAt", observations.now().toString());
        return JSON.writeValueAsString(d);
    }

    private void saveDraft() {
        if (context == null || position == null || !isAttached()) {
            return;
        }
        if (text.getValue().isBlank() && position.getValue() == null) {
            // nothing worth keeping (a fresh or just-sent form)
            clearDraft();
            return;
        }
        getElement().executeJs("try { localStorage.setItem($0, $1); } catch (e) { }", draftKey, draftJson());
    }

    private void clearDraft() {
        if (isAttached()) {
            getElement().executeJs("localStorage.removeItem($0);", draftKey);
        }
    }

    void locate() {
        positionStatus.setText(getTranslation("capture.position.searching"));
        position.getMap().requestPosition(p -> {
            position.setValue(p);
            positionStatus.setText(getTranslation("capture.position.found", format(p)));
            if (!position.isInside(p)) {
                Notifications.error(getTranslation("walk.observation.out-of-bounds"));
            }
        }, reason -> {
            positionStatus.setText(getTranslation("capture.position.failed." + reason));
            Notifications.error(getTranslation("capture.position.failed." + reason));
        });
    }

    private void describePosition(GeoPoint p) {
        if (p == null) {
            positionStatus.setText(getTranslation("capture.position.none"));
        } else if (!position.isInside(p)) {
            positionStatus.setText(getTranslation("walk.observation.out-of-bounds"));
        } else {
            positionStatus.setText(getTranslation("capture.position.set", format(p)));
        }
    }

    /** The chosen place as told to the person: coordinates for staff, "on the map" for residents. */
    private String format(GeoPoint p) {
        return staff() ? String.format(java.util.Locale.ROOT, "%.5f, %.5f", p.lat(), p.lon())
                : getTranslation("capture.position.on-map");
    }

    private static boolean staff() {
        return fr.agora.shared.service.CurrentUser.hasAnyRole(fr.agora.shared.domain.Role.STAFF,
                fr.agora.shared.domain.Role.ADMIN, fr.agora.shared.domain.Role.MODERATOR);
    }

    void attachPhoto(byte[] bytes) {
        if (pendingPhotos.size() >= context.photosPerObservation()) {
            Notifications.error(getTranslation("walk.photo.too-many", context.photosPerObservation()));
            return;
        }
        pendingPhotos.add(bytes);
        photoStatus.setText(getTranslation("capture.photo.ready", pendingPhotos.size()));
    }

    void submit() {
        try {
            if (position.getValue() != null && !position.isInside(position.getValue())) {
                throw new BusinessException("walk.observation.out-of-bounds");
            }
            ObservationData saved = observations.submit(context.walkId(), new ObservationInput(
                    criterion.getValue() == null ? null : criterion.getValue().id(), assessment.getValue(),
                    severity.getValue() == null ? 0 : severity.getValue(), text.getValue(), position.getValue(), placedAt,
                    clientRef));
            int refused = 0;
            for (byte[] photo : pendingPhotos) {
                try {
                    observations.addPhoto(saved.id(), photo);
                } catch (BusinessException e) {
                    refused++;
                    Notifications.error(e);
                }
            }
            Notifications.success(refused == 0 ? getTranslation("capture.sent", saved.id())
                    : getTranslation("capture.sent-photo-refused", saved.id(), refused));
            clearDraft();
            reset();
            refreshMine(observations.captureContext(context.walkId()).myPins());
        } catch (BusinessException e) {
            Notifications.error(e);
        } finally {
            submit.setEnabled(true);
        }
    }

    private void reset() {
        clientRef = UUID.randomUUID().toString();
        placedAt = null;
        criterion.clear();
        assessment.clear();
        severity.setValue(2);
        text.clear();
        position.clear();
        pendingPhotos.clear();
        photoStatus.setText("");
        // an emptied form after a successful submit is a fresh form, not a form with errors
        criterion.setInvalid(false);
        assessment.setInvalid(false);
        text.setInvalid(false);
        position.setInvalid(false);
        describePosition(null);
        if (upload != null) {
            upload.clearFileList();
        }
    }

    private static String digest(String s) {
        return fr.agora.shared.service.Hashes.sha256Hex(s).substring(0, 12);
    }

    @Override
    protected String titleKey() {
        return "capture.title";
    }

    UI ui() {
        return UI.getCurrent();
    }
}
