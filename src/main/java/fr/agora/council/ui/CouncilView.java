package fr.agora.council.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.agora.council.domain.College;
import fr.agora.council.service.ArreteService;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.MemberData;
import fr.agora.council.service.PublicCouncil;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.TerritoryLink;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A conseil citoyen's public page: territories, seats, status (provisional until the Préfet's arrêté), and its
 * composition. Members appear by name only once official and with their consent; otherwise they are counted.
 */
@Route(value = "conseils/:slug", layout = MainLayout.class)
@AnonymousAllowed
public class CouncilView extends AgoraView implements BeforeEnterObserver {

    private final CouncilService councils;
    private final ArreteService arretes;
    private final fr.agora.council.service.ElectionService elections;
    private final List<TerritoryLink.Source> territoryLinks;
    private String title = "";

    public CouncilView(CouncilService councils, ArreteService arretes,
            fr.agora.council.service.ElectionService elections, List<TerritoryLink.Source> territoryLinks) {
        this.councils = councils;
        this.arretes = arretes;
        this.elections = elections;
        this.territoryLinks = territoryLinks;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        PublicCouncil page;
        try {
            page = councils.publicPage(slug);
        } catch (BusinessException e) {
            throw new NotFoundException();
        }
        removeAll();
        title = page.council().name();
        add(new Paragraph(String.join(", ", page.council().territoryNames())));
        add(new Paragraph(CouncilUi.seats(this, page.council())));
        Paragraph status = new Paragraph(CouncilUi.status(this, page.council()));
        status.setId("council-status");
        add(status);
        if (page.council().official()) {
            add(new Paragraph(new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                    new ByteArrayInputStream(arretes.arretePdf(slug)), "arrete-" + slug + ".pdf", "application/pdf", -1)),
                    getTranslation("council.arrete.download"))));
        }
        add(new Paragraph(new Anchor("conseils/" + slug + "/tirage", getTranslation("council.draws-link"))));
        add(new Paragraph(new Anchor(CandidacyView.path(slug, null), getTranslation("candidacy.link"))));
        elections.all().stream().filter(e -> e.councilSlug().equals(slug)
                && e.method() == fr.agora.council.domain.AssociationElection.Method.BALLOT).findFirst()
                .ifPresent(e -> add(new Paragraph(new Anchor(fr.agora.council.service.ElectionService.VOTE_PATH,
                        getTranslation(e.open() ? "election.council-link.open" : "election.council-link.results")))));
        for (int i = 0; i < page.council().territoryCodes().size(); i++) {
            String territoryName = page.council().territoryNames().get(i);
            String territoryCode = page.council().territoryCodes().get(i);
            territoryLinks.stream().flatMap(source -> source.linksFor(territoryCode).stream())
                    .filter(link -> link.target().view() != CouncilView.class) // this page itself
                    .forEach(link -> add(new Paragraph(link.target().link(getTranslation(link.labelKey(), territoryName)))));
        }
        if (page.council().mandateEnd() != null) {
            add(new Paragraph(getTranslation("council.mandate", CouncilUi.date(page.council().mandateStart()),
                    CouncilUi.date(page.council().mandateEnd()))));
        }
        for (College college : College.values()) {
            add(new H2(getTranslation("council.college." + college.name())));
            List<MemberData> named = page.namedMembers().stream().filter(m -> m.college() == college).toList();
            long count = page.countsByCollege().getOrDefault(college.name(), 0L);
            add(new Paragraph(getTranslation("council.members.count", count)));
            if (!named.isEmpty()) {
                UnorderedList list = new UnorderedList();
                named.forEach(m -> list.add(new ListItem(m.fullName()
                        + (m.organisation() == null ? "" : " (" + m.organisation() + ")") + " — "
                        + getTranslation("council.position." + m.position().name()))));
                add(list);
            }
            if (named.size() < count) {
                add(new Paragraph(getTranslation("council.members.unnamed", count - named.size())));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("council.title") : title) + " — Agora";
    }

    @Override
    protected String titleKey() {
        return "council.title";
    }
}
