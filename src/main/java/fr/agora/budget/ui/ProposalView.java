package fr.agora.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.agora.budget.service.HistoryLine;
import fr.agora.budget.service.PhotoContent;
import fr.agora.budget.service.PhotoData;
import fr.agora.budget.service.ProposalDetail;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapSettings;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * A proposal's public page: what, where (map and coordinates as text), cost, photos, the service's reasons and the
 * commission's, and its history; follow it, flag it; its holders see the moderation's messages and edit it.
 */
@Route(value = "budget/propositions/:proposalId([0-9]{1,18})", layout = MainLayout.class)
@AnonymousAllowed
public class ProposalView extends AgoraView implements BeforeEnterObserver {

    private final transient ProposalQueries queries;
    private final MapSettings mapSettings;
    ProposalDetail detail;
    final Button follow = new Button();
    final TextArea flagReason = new TextArea();
    final Button flag = new Button();
    final OrderedList history = new OrderedList();
    private long id;

    public ProposalView(ProposalQueries queries, MapSettings mapSettings) {
        this.queries = queries;
        this.mapSettings = mapSettings;
        addClassName("agora-budget");
        follow.setId("budget-follow");
        follow.addClickListener(e -> toggleFollow());
        flag.setId("budget-flag");
        flag.addClickListener(e -> sendFlag());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("proposalId").orElse(0L);
        load();
    }

    private void load() {
        removeAll();
        try {
            detail = queries.detail(id, getLocale());
        } catch (BusinessException e) {
            add(new Paragraph(Notifications.translate(e)));
            detail = null;
            return;
        }
        build();
    }

    private void build() {
        var s = detail.summary();
        add(new H2(s.title()));
        add(new Paragraph(BudgetNavigation.edition(detail.editionId()).link(detail.editionTitle())));
        Paragraph state = new Paragraph(BudgetUi.status(this, s.status()));
        state.setId("budget-status");
        add(state);
        if (detail.hiddenReason() != null && s.hidden()) {
            Div hidden = new Div(new Paragraph(getTranslation("budget.proposal.hidden", detail.hiddenReason())));
            hidden.addClassName("agora-card");
            hidden.setId("budget-hidden-reason");
            add(hidden);
        }
        if (detail.changesRequested() != null) {
            Div changes = new Div(new Paragraph(getTranslation("budget.proposal.changes", detail.changesRequested())));
            changes.addClassName("agora-card");
            changes.setId("budget-changes-requested");
            add(changes);
        }
        if (detail.editable()) {
            var edit = BudgetNavigation.edit(id).link(getTranslation("budget.proposal.edit"));
            edit.setId("budget-edit");
            add(new Paragraph(edit));
        }
        if (detail.mergedIntoId() != null) {
            add(new Paragraph(BudgetNavigation.proposal(detail.mergedIntoId())
                    .link(getTranslation("budget.proposal.merged-into", detail.mergedIntoTitle()))));
        }
        add(new Paragraph(getTranslation("budget.proposal.holder-line", getTranslation("budget.holder." + detail.holderKind().name()),
                s.holderLabel() == null ? "" : " — " + s.holderLabel())));
        add(new Paragraph(String.join(" · ", s.categoryLabel() == null ? "" : s.categoryLabel(),
                s.territoryName() == null ? getTranslation("budget.proposal.city-wide") : s.territoryName(),
                s.envelopeName() == null ? "" : s.envelopeName())));
        Paragraph description = new Paragraph(detail.description());
        description.getStyle().set("white-space", "pre-line");
        add(description);
        Paragraph cost = new Paragraph(getTranslation("budget.proposal.cost-line", BudgetUi.euros(detail.estimatedEuros())));
        cost.setId("budget-cost");
        if (detail.serviceEuros() != null) {
            cost.add(" " + getTranslation("budget.proposal.service-cost", BudgetUi.euros(detail.serviceEuros())));
        }
        add(cost);
        if (detail.reviewReasons() != null) {
            Paragraph reasons = new Paragraph(getTranslation("budget.proposal.review-reasons", detail.reviewReasons()));
            reasons.setId("budget-review-reasons");
            add(reasons);
        }
        if (detail.reviewScope() != null) {
            add(new Paragraph(getTranslation("budget.proposal.review-scope", detail.reviewScope())));
        }
        if (detail.commissionReason() != null) {
            add(new Paragraph(getTranslation("budget.proposal.commission-reason", detail.commissionReason())));
        }
        if (!detail.photos().isEmpty()) {
            Div photos = new Div();
            photos.addClassName("agora-photos");
            int n = 1;
            for (PhotoData p : detail.photos()) {
                photos.add(photo(p, n++));
            }
            add(new H2(getTranslation("budget.proposal.photos")), photos);
        }
        if (detail.location() != null) {
            add(new H2(getTranslation("budget.proposal.where")));
            LeafletMap map = new LeafletMap(mapSettings);
            map.setHeight("240px");
            map.setWidthFull();
            map.setAccessibleName(getTranslation("budget.proposal.where"));
            map.addMarker(detail.location(), s.title());
            map.setView(detail.location(), 16);
            add(map, new Paragraph(getTranslation("budget.proposal.at", String.format(Locale.ROOT, "%.5f",
                    detail.location().lat()), String.format(Locale.ROOT, "%.5f", detail.location().lon()))));
        }
        add(new H2(getTranslation("budget.proposal.history")));
        history.removeAll();
        history.setId("budget-history");
        for (HistoryLine h : detail.history()) {
            String line = BudgetUi.dateTime(h.at()) + " — " + getTranslation("budget.event." + h.kind().name())
                    + (h.reason() == null ? "" : " : " + (h.reason().startsWith("budget.") ? getTranslation(h.reason()) : h.reason()));
            history.add(new ListItem(line));
        }
        add(history);
        if (detail.canFollow() || detail.following()) {
            follow.setText(getTranslation(detail.following() ? "budget.unfollow" : "budget.follow"));
            add(new Paragraph(follow));
        }
        if (detail.canFlag()) {
            flagReason.setLabel(getTranslation("budget.flag.reason"));
            flagReason.setMaxLength(500);
            flagReason.setWidthFull();
            flagReason.setId("budget-flag-reason");
            flag.setText(getTranslation("budget.flag.send"));
            add(new H2(getTranslation("budget.flag.title")), flagReason, flag);
        } else if (!detail.signedIn()) {
            add(new Paragraph(getTranslation("budget.sign-in-to-follow")));
        }
    }

    private Image photo(PhotoData p, int index) {
        long photoId = p.id();
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            try {
                PhotoContent content = queries.photo(photoId);
                return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(),
                        content.mediaType(), content.bytes().length);
            } catch (BusinessException e) {
                return DownloadResponse.error(404);
            }
        }).inline(), getTranslation("budget.photo.alt", index, detail.title()));
        image.addClassName("agora-photo");
        image.getElement().setAttribute("loading", "lazy");
        image.setMaxWidth("100%");
        image.getStyle().set("height", "auto");
        return image;
    }

    private void toggleFollow() {
        try {
            queries.follow(id, !detail.following());
            Notifications.success(getTranslation(detail.following() ? "budget.unfollowed" : "budget.followed"));
            load();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    private void sendFlag() {
        try {
            queries.flag(id, flagReason.getValue());
            Notifications.success(getTranslation("budget.flag.sent"));
            load();
        } catch (BusinessException e) {
            flagReason.setInvalid(true);
            flagReason.setErrorMessage(Notifications.translate(e));
        }
    }

    @Override
    protected String titleKey() {
        return "budget.proposal.title";
    }

    @Override
    public String getPageTitle() {
        return detail == null ? super.getPageTitle() : detail.title() + " — Agora";
    }
}
