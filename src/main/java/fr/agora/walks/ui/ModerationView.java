package fr.agora.walks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapSettings;
import fr.agora.walks.domain.ModerationStatus;
import fr.agora.walks.domain.PhotoStatus;
import fr.agora.walks.service.ModerationDecision;
import fr.agora.walks.service.ObservationData;
import fr.agora.walks.service.ObservationService;
import fr.agora.walks.service.PhotoData;
import fr.agora.walks.service.WalkService;
import fr.agora.walks.service.WalkSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Moderators review every pin and photo before it is public: publish or reject a pin, hide its text, mark it
 * internal (staff and partners only, for a security hotspot); publish or hide each photo (faces, names, plates).
 * A walk's pins can be reviewed again later.
 */
@Route(value = "marches/moderation", layout = MainLayout.class)
@RolesAllowed({Role.Names.MODERATOR, Role.Names.STAFF, Role.Names.ADMIN})
public class ModerationView extends AgoraView {

    private final transient ObservationService observations;
    final LeafletMap map;
    final Div queue = new Div();
    final ComboBox<WalkSummary> walkFilter = new ComboBox<>();
    List<ObservationData> shown = List.of();

    public ModerationView(ObservationService observations, WalkService walks, MapSettings mapSettings, AuthenticationContext auth) {
        addClassName("agora-walks");
        this.observations = observations;
        setMaxWidth("1100px");
        add(new Paragraph(getTranslation("moderation.intro")));
        walkFilter.setLabel(getTranslation("moderation.walk"));
        walkFilter.setHelperText(getTranslation("moderation.walk.help"));
        walkFilter.setClearButtonVisible(true);
        // moderators without the staff role cannot list every walk: the queue is their entry point
        if (auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN)) {
            walkFilter.setItems(walks.all());
            walkFilter.setItemLabelGenerator(w -> w.title() + " (" + WalkUi.date(this, w.date()) + ")");
            walkFilter.addValueChangeListener(e -> refresh());
            add(walkFilter);
        }
        map = new LeafletMap(mapSettings);
        map.setAccessibleName(getTranslation("moderation.map"));
        map.setHeight("300px");
        queue.setId("moderation-queue");
        add(map, queue);
        refresh();
    }

    void refresh() {
        WalkSummary walk = walkFilter.getValue();
        shown = walk == null ? observations.moderationQueue() : observations.allOfWalk(walk.id());
        queue.removeAll();
        map.clearMarkers();
        WalkUi.showPins(map, shown);
        List<fr.agora.shared.domain.GeoPoint> points = new ArrayList<>();
        shown.forEach(p -> points.add(p.point()));
        map.fitTo(points);
        queue.add(new H2(walk == null ? getTranslation("moderation.queue", shown.size())
                : getTranslation("moderation.walk-pins", walk.title(), shown.size())));
        if (shown.isEmpty()) {
            queue.add(new Paragraph(getTranslation("moderation.empty")));
        }
        shown.forEach(p -> queue.add(item(p)));
    }

    private Component item(ObservationData p) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.setId("moderation-" + p.id());
        card.add(new H3(getTranslation("moderation.item", p.id(), p.walkTitle())));
        card.add(new Paragraph(p.criterion().symbol() + " — " + p.criterion().label(getLocale()) + " — "
                + getTranslation("walk.assessment." + p.assessment().name()) + " — " + getTranslation("capture.severity." + p.severity())));
        Paragraph text = new Paragraph(p.text());
        text.addClassName("moderation-text");
        text.getStyle().set("white-space", "pre-line");
        card.add(text);
        Span status = new Span(getTranslation("walk.moderation.status." + p.status().name()));
        status.addClassName("agora-badge");
        card.add(new Paragraph(status));

        Checkbox hideText = new Checkbox(getTranslation("moderation.hide-text"), p.textHidden());
        hideText.setId("moderation-hide-" + p.id());
        Checkbox internal = new Checkbox(getTranslation("moderation.internal"), p.internal());
        internal.setId("moderation-internal-" + p.id());
        TextField note = new TextField(getTranslation("moderation.note"));
        note.setMaxLength(500);
        note.setValue(p.moderationNote() == null ? "" : p.moderationNote());
        note.setWidthFull();
        Button publish = new Button(getTranslation("moderation.publish"), e -> decide(p, ModerationStatus.PUBLISHED,
                hideText.getValue(), internal.getValue(), note.getValue()));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("moderation-publish-" + p.id());
        publish.setAriaLabel(getTranslation("moderation.publish-named", p.id()));
        Button reject = new Button(getTranslation("moderation.reject"), e -> decide(p, ModerationStatus.REJECTED,
                hideText.getValue(), internal.getValue(), note.getValue()));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("moderation-reject-" + p.id());
        reject.setAriaLabel(getTranslation("moderation.reject-named", p.id()));
        Div options = new Div(hideText, internal);
        options.getStyle().set("display", "flex").set("flex-direction", "column");
        card.add(options, note);

        int index = 1;
        for (PhotoData photo : p.photos()) {
            Div photoBox = new Div(WalkUi.photo(this, observations, photo, index));
            Span photoStatus = new Span(getTranslation("moderation.photo.status." + photo.status().name()));
            photoStatus.addClassName("agora-badge");
            Button show = new Button(getTranslation("moderation.photo.publish"), e -> decidePhoto(photo, PhotoStatus.PUBLISHED));
            show.setId("moderation-photo-publish-" + photo.id());
            show.setAriaLabel(getTranslation("moderation.photo.publish-named", index, p.id()));
            Button hide = new Button(getTranslation("moderation.photo.hide"), e -> decidePhoto(photo, PhotoStatus.HIDDEN));
            hide.setAriaLabel(getTranslation("moderation.photo.hide-named", index, p.id()));
            FlexLayout photoActions = new FlexLayout(photoStatus, show, hide);
            photoActions.setAlignItems(Alignment.CENTER);
            photoActions.getStyle().set("gap", "var(--lumo-space-s)");
            photoActions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            photoBox.add(photoActions);
            card.add(photoBox);
            index++;
        }
        FlexLayout actions = new FlexLayout(publish, reject);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        card.add(actions);
        return card;
    }

    void decide(ObservationData p, ModerationStatus decision, boolean hideText, boolean internal, String note) {
        try {
            observations.moderate(p.id(), new ModerationDecision(decision, hideText, internal, note));
            Notifications.success(getTranslation("moderation.done." + decision.name(), p.id()));
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void decidePhoto(PhotoData photo, PhotoStatus status) {
        try {
            observations.moderatePhoto(photo.id(), status);
            Notifications.success(getTranslation("moderation.photo.done." + status.name()));
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "moderation.title";
    }
}
