package fr.agora.budget.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.budget.service.CategoryData;
import fr.agora.budget.service.EditionData;
import fr.agora.budget.service.EditionService;
import fr.agora.budget.service.ProposalQueries;
import fr.agora.budget.service.ProposalSummary;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapSettings;
import java.util.Arrays;
import java.util.List;

/**
 * The proposals of an edition, filtered by territory, category and status: a map, and the same proposals as a
 * list, which is the map's text alternative (each card says where the project is).
 */
@Route(value = "budget/editions/:editionId([0-9]{1,18})/propositions", layout = MainLayout.class)
@RouteAlias(value = "budget/quartier/:code([A-Z0-9-]{2,64})", layout = MainLayout.class)
@AnonymousAllowed
public class ProposalsView extends AgoraView implements BeforeEnterObserver {

    private final transient EditionService editions;
    private final transient ProposalQueries queries;
    private final MapSettings mapSettings;
    final ComboBox<TerritoryData> territory = new ComboBox<>();
    final ComboBox<CategoryData> category = new ComboBox<>();
    final ComboBox<ProposalStatus> status = new ComboBox<>();
    final Div cards = new Div();
    final Paragraph count = new Paragraph();
    LeafletMap map;
    EditionData edition;

    public ProposalsView(EditionService editions, ProposalQueries queries, MapSettings mapSettings) {
        this.editions = editions;
        this.queries = queries;
        this.mapSettings = mapSettings;
        addClassName("agora-budget");
        territory.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        java.util.Optional<String> code = event.getRouteParameters().get("code");
        try {
            edition = code.isPresent() ? editions.current().orElseThrow(() -> new BusinessException("budget.edition.unknown"))
                    : editions.edition(event.getRouteParameters().getLong("editionId").orElse(0L));
        } catch (BusinessException e) {
            add(new Paragraph(Notifications.translate(e)));
            return;
        }
        add(new Paragraph(BudgetNavigation.edition(edition.id()).link(edition.title())));
        territory.setLabel(getTranslation("budget.filter.territory"));
        territory.setItems(queries.territories());
        territory.setItemLabelGenerator(TerritoryData::name);
        territory.setClearButtonVisible(true);
        territory.setId("budget-filter-territory");
        code.flatMap(c -> queries.territories().stream().filter(t -> t.code().equals(c)).findFirst())
                .ifPresent(territory::setValue);
        category.setLabel(getTranslation("budget.filter.category"));
        category.setItems(queries.categories());
        category.setItemLabelGenerator(c -> c.label(getLocale()));
        category.setClearButtonVisible(true);
        category.setId("budget-filter-category");
        status.setLabel(getTranslation("budget.filter.status"));
        status.setItems(Arrays.stream(ProposalStatus.values())
                .filter(s -> s != ProposalStatus.DRAFT && s != ProposalStatus.MERGED).toList());
        status.setItemLabelGenerator(s -> getTranslation("budget.status." + s.name()));
        status.setClearButtonVisible(true);
        status.setId("budget-filter-status");
        FlexLayout filters = new FlexLayout(territory, category, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(filters);
        map = new LeafletMap(mapSettings);
        map.setHeight("320px");
        map.setWidthFull();
        map.setAccessibleName(getTranslation("budget.map.label"));
        map.setClustering(true);
        add(new H2(getTranslation("budget.map.title")), map);
        Paragraph alternative = new Paragraph(getTranslation("budget.map.alternative"));
        alternative.addClassName("agora-hint");
        add(alternative);
        count.setId("budget-count");
        cards.setId("budget-proposals");
        cards.addClassName("agora-cards");
        add(new H2(getTranslation("budget.proposals.list")), count, cards);
        refresh();
    }

    void refresh() {
        if (edition == null || map == null) {
            return;
        }
        List<ProposalSummary> list = queries.list(edition.id(), territory.getValue() == null ? null : territory.getValue().id(),
                category.getValue() == null ? null : category.getValue().id(), status.getValue(), getLocale());
        map.clearMarkers();
        cards.removeAll();
        count.setText(getTranslation("budget.proposals.count", list.size()));
        for (ProposalSummary p : list) {
            if (p.location() != null) {
                map.addMarker(p.location(), p.title());
            }
            cards.add(card(p));
        }
    }

    private Div card(ProposalSummary p) {
        Div card = new Div();
        card.addClassName("agora-card");
        card.add(new H3(BudgetNavigation.proposal(p.id()).link(p.title())));
        card.add(new Paragraph(BudgetUi.status(this, p.status())));
        String where = p.territoryName() == null ? getTranslation("budget.proposal.city-wide") : p.territoryName();
        card.add(new Paragraph(String.join(" · ", p.categoryLabel() == null ? "" : p.categoryLabel(), where,
                BudgetUi.euros(p.cost()))));
        if (p.location() != null) {
            Paragraph at = new Paragraph(getTranslation("budget.proposal.at", String.format(java.util.Locale.ROOT, "%.5f",
                    p.location().lat()), String.format(java.util.Locale.ROOT, "%.5f", p.location().lon())));
            at.addClassName("agora-hint");
            card.add(at);
        }
        return card;
    }

    @Override
    protected String titleKey() {
        return "budget.proposals.title";
    }
}
