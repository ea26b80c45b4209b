package fr.agora.walks.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.walks.service.WalkService;
import fr.agora.walks.service.WalkSummary;
import java.util.List;
import java.util.Locale;

/**
 * The walks of one territory ({@code marches/territoire/QPV-ETOUVIE}): the page a conseil citoyen links to.
 */
@Route(value = "marches/territoire/:code([A-Za-z0-9-]{2,64})", layout = MainLayout.class)
@AnonymousAllowed
public class TerritoryWalksView extends AgoraView implements BeforeEnterObserver {

    private final transient WalkService walks;
    private final transient TerritoryService territories;
    final UnorderedList list = new UnorderedList();
    private String territoryName = "";

    public TerritoryWalksView(WalkService walks, TerritoryService territories) {
        addClassName("agora-walks");
        this.walks = walks;
        this.territories = territories;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("").toUpperCase(Locale.ROOT);
        removeAll();
        list.removeAll();
        territoryName = territories.latest(code).map(TerritoryData::name).orElse("");
        if (territoryName.isEmpty()) {
            add(new Paragraph(getTranslation("walks.territory.unknown")));
            add(new Paragraph(new Anchor("marches", getTranslation("walks.back"))));
            return;
        }
        List<WalkSummary> found = walks.publishedInTerritory(code);
        add(new Paragraph(getTranslation("walks.territory.intro", territoryName, found.size())));
        for (WalkSummary w : found) {
            list.add(new ListItem(new Anchor("marches/" + w.id(), w.title()), new com.vaadin.flow.component.html.Span(" — "
                    + WalkUi.date(this, w.date()) + " — " + WalkUi.theme(this, w) + " — "
                    + getTranslation("walk.state." + w.state().name()))));
        }
        if (!found.isEmpty()) {
            add(list);
        }
        add(new Paragraph(new Anchor("marches", getTranslation("walks.back"))));
    }

    @Override
    protected String titleKey() {
        return "walks.territory.title";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("walks.territory.title-of", territoryName.isEmpty() ? "?" : territoryName) + " — Agora";
    }
}
