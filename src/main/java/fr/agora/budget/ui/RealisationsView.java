package fr.agora.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.budget.domain.RealisationStatus;
import fr.agora.budget.service.PhotoContent;
import fr.agora.budget.service.RealisationService;
import fr.agora.budget.service.VoteData;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.BoundedUpload;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapSettings;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

/**
 * The public map and list of every edition's winners by status (en étude, en travaux, réalisé, abandonné), with
 * dates, photos and the holders' part; filtered by territory when reached from a territory page. Staff move a winner
 * on and add photos here.
 */
@Route(value = "budget/realisations/:code?([A-Za-z0-9_-]{1,64})", layout = MainLayout.class)
@AnonymousAllowed
public class RealisationsView extends AgoraView implements BeforeEnterObserver {

    static final Map<RealisationStatus, String> COLOURS = Map.of(RealisationStatus.EN_ETUDE, "#1f5fa8",
            RealisationStatus.EN_TRAVAUX, "#b35c00", RealisationStatus.REALISE, "#1e7d32",
            RealisationStatus.ABANDONNE, "#6b6b6b");

    private final transient RealisationService realisations;
    private final transient AuthenticationContext auth;
    private final MapSettings mapSettings;
    final Select<RealisationStatus> filter = new Select<>();
    final Div list = new Div();
    LeafletMap map;
    List<VoteData.Winner> winners = List.of();
    String territory;

    public RealisationsView(RealisationService realisations, AuthenticationContext auth, MapSettings mapSettings) {
        this.realisations = realisations;
        this.auth = auth;
        this.mapSettings = mapSettings;
        addClassName("agora-budget");
        filter.setLabel(getTranslation("budgetvote.realisations.filter"));
        filter.setId("budgetvote-realisations-filter");
        filter.setEmptySelectionAllowed(true);
        filter.setItems(RealisationStatus.values());
        filter.setItemLabelGenerator(s -> s == null ? "—" : getTranslation("budgetvote.realisation.status." + s.name()));
        filter.addValueChangeListener(e -> show());
        list.setId("budgetvote-realisations");
        list.addClassName("agora-cards");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        territory = event.getRouteParameters().get("code").orElse(null);
        winners = realisations.winners(null).stream()
                .filter(w -> territory == null || territory.equalsIgnoreCase(String.valueOf(w.territoryCode()))).toList();
        add(new H2(getTranslation("budgetvote.realisations.title")),
                new Paragraph(getTranslation("budgetvote.realisations.intro")));
        map = new LeafletMap(mapSettings);
        map.setHeight("320px");
        map.setWidthFull();
        map.setAccessibleName(getTranslation("budgetvote.realisations.map"));
        add(map, filter, list);
        show();
    }

    void show() {
        list.removeAll();
        map.clearMarkers();
        List<VoteData.Winner> shown = winners.stream().filter(w -> filter.getValue() == null
                || w.status() == filter.getValue()).toList();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("budgetvote.realisations.none")));
        }
        for (VoteData.Winner w : shown) {
            String status = getTranslation("budgetvote.realisation.status." + w.status().name());
            if (w.location() != null) {
                map.addMarker(w.location(), w.title() + " — " + status, COLOURS.get(w.status()));
            }
            list.add(card(w, status));
        }
        List<fr.agora.shared.domain.GeoPoint> points = shown.stream().map(VoteData.Winner::location)
                .filter(java.util.Objects::nonNull).toList();
        if (!points.isEmpty()) {
            map.fitTo(points);
        }
    }

    private Div card(VoteData.Winner w, String status) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.setId("budgetvote-winner-" + w.proposalId());
        Span badge = new Span(status);
        badge.addClassName("agora-badge");
        card.add(new H3(w.title()), badge);
        card.add(new Paragraph(getTranslation("budgetvote.realisations.row", String.valueOf(w.year()),
                BudgetUi.euros(w.costEuros()), status)));
        if (w.worksStart() != null) {
            card.add(new Paragraph(getTranslation("budgetvote.realisations.started", BudgetUi.date(w.worksStart()))));
        }
        if (w.completedOn() != null) {
            card.add(new Paragraph(getTranslation("budgetvote.realisations.done", BudgetUi.date(w.completedOn()))));
        }
        if (w.abandonReason() != null) {
            card.add(new Paragraph(getTranslation("budgetvote.realisations.abandoned", w.abandonReason())));
        }
        if (w.holdersPart() != null) {
            card.add(new Paragraph(getTranslation("budgetvote.realisations.holders", w.holdersPart())));
        }
        int n = 1;
        for (Long photoId : w.photoIds()) {
            long id = photoId;
            Image image = new Image(DownloadHandler.fromInputStream(event -> {
                try {
                    PhotoContent c = realisations.photo(id);
                    return new DownloadResponse(new ByteArrayInputStream(c.bytes()), c.fileName(), c.mediaType(),
                            c.bytes().length);
                } catch (BusinessException e) {
                    return DownloadResponse.error(404);
                }
            }), getTranslation("budgetvote.ballot.photo", w.title()) + " " + n++);
            image.setWidthFull();
            image.getStyle().set("max-height", "160px").set("object-fit", "cover");
            card.add(image);
        }
        card.add(new Paragraph(BudgetNavigation.proposal(w.proposalId()).link(w.title())));
        if (auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN) && !w.status().isFinal()) {
            card.add(staffPart(w));
        }
        return card;
    }

    private Details staffPart(VoteData.Winner w) {
        Select<RealisationStatus> next = new Select<>();
        next.setLabel(getTranslation("budgetvote.realisations.move"));
        next.setItems(RealisationStatus.values());
        next.setItemLabelGenerator(s -> getTranslation("budgetvote.realisation.status." + s.name()));
        DatePicker date = new DatePicker(getTranslation("budgetvote.realisations.date"));
        TextArea reason = new TextArea(getTranslation("budgetvote.realisations.reason"));
        reason.setMaxLength(2000);
        Button apply = new Button(getTranslation("budgetvote.realisations.apply"), e -> {
            try {
                realisations.move(w.proposalId(), next.getValue(), date.getValue(), reason.getValue());
                reload();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        TextArea holders = new TextArea(getTranslation("budgetvote.realisations.holders-part"));
        holders.setValue(w.holdersPart() == null ? "" : w.holdersPart());
        holders.setMaxLength(2000);
        Button saveHolders = new Button(getTranslation("budgetvote.realisations.holders-save"), e -> {
            try {
                realisations.holdersPart(w.proposalId(), holders.getValue());
                reload();
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        var upload = BoundedUpload.create(15L * 1024 * 1024, List.of("image/jpeg", "image/png", "image/webp"),
                (name, bytes) -> {
                    try {
                        realisations.addPhoto(w.proposalId(), bytes);
                        reload();
                    } catch (BusinessException ex) {
                        Notifications.error(ex);
                    }
                });
        Div body = new Div(next, date, reason, apply, holders, saveHolders,
                new Paragraph(getTranslation("budgetvote.realisations.photo")), upload);
        return new Details(getTranslation("budgetvote.realisations.apply"), body);
    }

    private void reload() {
        winners = realisations.winners(null).stream()
                .filter(w -> territory == null || territory.equalsIgnoreCase(String.valueOf(w.territoryCode()))).toList();
        show();
    }

    @Override
    protected String titleKey() {
        return "budgetvote.nav.realisations";
    }
}
