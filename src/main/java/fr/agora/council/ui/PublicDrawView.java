package fr.agora.council.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.agora.council.domain.DrawStatus;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.DrawData;
import fr.agora.council.service.DrawPublicationService;
import fr.agora.council.service.DrawService;
import fr.agora.council.service.PublicCouncil;
import fr.agora.council.service.QuotaLine;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.ResponsiveTable;
import java.util.List;
import java.util.Locale;

/**
 * The public page of a council's draws: the commitment published before the ceremony, then the fairness figures,
 * the public entropy, seed and number, the quotas against the drawn composition (anonymous), and the files anyone
 * needs to re-check the draw with {@code java -jar agora.jar sortition verify}.
 */
@Route(value = "conseils/:slug/tirage", layout = MainLayout.class)
@AnonymousAllowed
public class PublicDrawView extends AgoraView implements BeforeEnterObserver {

    private static final java.time.format.DateTimeFormatter HOUR = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
            .withZone(fr.agora.council.domain.CouncilTime.ZONE);

    private final CouncilService councils;
    private final DrawService draws;
    private final DrawPublicationService publication;
    private String title = "";

    public PublicDrawView(CouncilService councils, DrawService draws, DrawPublicationService publication) {
        this.publication = publication;
        this.councils = councils;
        this.draws = draws;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        PublicCouncil council;
        try {
            council = councils.publicPage(slug);
        } catch (BusinessException e) {
            throw new NotFoundException();
        }
        removeAll();
        title = getTranslation("draw.public.title", council.council().name());
        add(new Paragraph(new Anchor("conseils/" + slug, council.council().name())));
        add(new Paragraph(getTranslation("draw.public.intro")));
        List<DrawData> published = draws.ofCouncil(council.council().id()).stream()
                .filter(d -> d.status() != DrawStatus.OPEN).toList();
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("draw.public.none")));
        }
        published.forEach(d -> add(draw(d)));
    }

    private Div draw(DrawData d) {
        // draws made before the seats file existed have none
        DrawPublicationService.SeatsSummary seats = d.status() != DrawStatus.DRAWN ? null : seatsOf(d.id());
        Div box = new Div();
        box.addClassName("agora-card");
        box.add(new H2(getTranslation("draw.public.draw", CouncilUi.date(d.frozenAt().atZone(fr.agora.council.domain.CouncilTime.ZONE)
                .toLocalDate()), d.seats())));
        Paragraph commitment = new Paragraph(getTranslation("draw.public.commitment", d.commitment(), d.poolSize(),
                d.panelSize()));
        commitment.addClassName("agora-break");
        commitment.setId("draw-commitment-" + d.id());
        box.add(commitment);
        if (d.leximinMin() != null) {
            box.add(new Paragraph(getTranslation("draw.public.fairness", percent(d.leximinMin()), percent(d.leximinMax()),
                    percent(d.legacyMin()))));
        }
        if (d.status() == DrawStatus.DRAWN && d.drawnAt() != null) {
            Paragraph when = new Paragraph(getTranslation("draw.public.drawn-at", CouncilUi.date(d.drawnAt()
                    .atZone(fr.agora.council.domain.CouncilTime.ZONE).toLocalDate()), HOUR.format(d.drawnAt())));
            when.setId("draw-drawn-at-" + d.id());
            box.add(when);
        }
        if (d.status() == DrawStatus.DRAWN) {
            Paragraph result = new Paragraph(getTranslation("draw.public.result", d.entropy(), d.witnesses(), d.number(),
                    d.seed(), d.engine()));
            result.addClassName("agora-break");
            result.setId("draw-result-" + d.id());
            box.add(result);
        }
        box.add(new H3(getTranslation("draw.public.quotas")));
        // a table that becomes cards on a phone: a grid scrolled sideways there, hiding the quotas (issue 13)
        ResponsiveTable<QuotaLine> quotas = new ResponsiveTable<>(getTranslation("draw.public.quotas"));
        quotas.setId("draw-quotas-" + d.id());
        quotas.column(getTranslation("draw.col.value"), q -> getTranslation("label.value", getTranslation("draw.category." + q.category()), label(q)))
                .column(getTranslation("draw.col.quota"), q -> q.min() == q.max() ? String.valueOf(q.min()) : q.min() + " – " + q.max())
                .column(getTranslation("draw.col.pool"), QuotaLine::poolCount)
                .column(getTranslation("draw.col.achieved"), q -> q.achieved() == null ? "—" : String.valueOf(q.achieved()));
        quotas.setItems(publication.publicQuotas(d.id()));
        box.add(quotas);
        // stable addresses, served without a session (DrawFilesController): they can be linked to and fetched later
        UnorderedList files = new UnorderedList();
        files.setId("draw-files-" + d.id());
        files.add(new ListItem(file("draw.public.file.pool", d.id(), "vivier.csv")));
        files.add(new ListItem(file("draw.public.file.quotas", d.id(), "quotas.csv")));
        if (d.status() == DrawStatus.DRAWN) {
            files.add(new ListItem(file("draw.public.file.record", d.id(), "registre.json")));
            if (seats != null) {
                files.add(new ListItem(file("draw.public.file.seats", d.id(), "sieges.jsonl")));
            }
        }
        box.add(new H3(getTranslation("draw.public.verify")), files);
        if (d.status() == DrawStatus.DRAWN) {
            Anchor jar = new Anchor("verificateur/agora-verify.jar", getTranslation("draw.public.verifier-link"));
            jar.getElement().setAttribute("download", "agora-verify.jar");
            jar.setId("draw-verifier-" + d.id());
            box.add(new Paragraph(jar), new Paragraph(getTranslation("draw.public.verifier-java")));
            box.add(new Paragraph(getTranslation("draw.public.verify-help")));
            if (seats != null) {
                Paragraph summary = new Paragraph(getTranslation("draw.public.seats", seats.replacements(),
                        seats.lastHash()));
                summary.addClassName("agora-break");
                summary.setId("draw-seats-" + d.id());
                box.add(summary);
            }
            Pre command = new Pre("java -jar agora-verify.jar sortition verify --record registre-" + d.id()
                    + ".json --people vivier-" + d.id() + ".csv --quotas quotas-" + d.id() + ".csv --panel-size "
                    + d.panelSize() + " --format sf --entropy \"" + d.entropy() + "\""
                    + (seats == null ? "" : " --seats sieges-" + d.id() + ".jsonl"));
            command.addClassName("agora-break");
            box.add(command);
        }
        return box;
    }

    private DrawPublicationService.SeatsSummary seatsOf(long drawId) {
        try {
            return publication.seatsSummary(drawId);
        } catch (BusinessException e) {
            return null;
        }
    }

    private String label(QuotaLine q) {
        String key = "draw.value." + q.category() + "." + q.value();
        String t = getTranslation(key);
        return t.startsWith("!") ? q.value() : t;
    }

    private Anchor file(String key, long drawId, String name) {
        Anchor a = new Anchor("tirages/" + drawId + "/" + name, getTranslation(key));
        a.getElement().setAttribute("download", name.replace(".", "-" + drawId + "."));
        return a;
    }

    private static String percent(Double p) {
        return p == null ? "—" : String.format(Locale.FRANCE, "%.1f %%", p * 100);
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("draw.public.title", "") : title) + " — Agora";
    }

    @Override
    protected String titleKey() {
        return "draw.public.title";
    }

}
