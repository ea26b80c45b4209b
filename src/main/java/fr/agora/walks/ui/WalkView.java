package fr.agora.walks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapSettings;
import fr.agora.walks.domain.Assessment;
import fr.agora.walks.domain.GroupComposition;
import fr.agora.walks.service.CriterionData;
import fr.agora.walks.service.EvaluationData;
import fr.agora.walks.service.HistoryData;
import fr.agora.walks.service.ObservationData;
import fr.agora.walks.service.ObservationService;
import fr.agora.walks.service.PhotoData;
import fr.agora.walks.service.RecommendationData;
import fr.agora.walks.service.WalkExportService;
import fr.agora.walks.service.WalkReport;
import fr.agora.walks.service.WalkReportService;
import fr.agora.walks.service.WalkSummary;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The public page of a walk: what, where and when; the group as counts; the map of published pins (symbol and
 * shape, clustered when many) with a text legend; the findings grouped by criterion; the recommendations with
 * their status and history; the « suite donnée »; the exports. Texts written by people are always shown as text.
 */
@Route(value = "marches/:walkId([0-9]{1,18})", layout = MainLayout.class)
@AnonymousAllowed
public class WalkView extends AgoraView implements BeforeEnterObserver {

    private final transient fr.agora.shared.service.Dates dates;

    /** Above this many pins the map groups nearby ones into numbered clusters. */
    static final int CLUSTER_FROM = 20;

    private final transient WalkReportService reports;
    private final transient ObservationService observations;
    private final transient WalkExportService exports;
    private final transient AuthenticationContext auth;
    private final MapSettings mapSettings;
    LeafletMap map;
    WalkReport report;
    private String title = "";

    public WalkView(WalkReportService reports, ObservationService observations, WalkExportService exports,
            AuthenticationContext auth, MapSettings mapSettings, fr.agora.shared.service.Dates dates) {
        addClassName("agora-walks");
        this.reports = reports;
        this.observations = observations;
        this.exports = exports;
        this.auth = auth;
        this.mapSettings = mapSettings;
        this.dates = dates;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("walkId").orElse(0L);
        try {
            report = reports.report(id);
        } catch (BusinessException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("walk.unknown"));
            return;
        }
        title = report.title();
        removeAll();
        build();
    }

    private void build() {
        WalkReport r = report;
        add(facts(r));
        if (!r.published()) {
            add(note(getTranslation("walk.public.preview")));
        }
        if (auth.hasAnyRole(Role.Names.STAFF, Role.Names.ADMIN)) {
            add(new Paragraph(new Anchor("marches/gestion/" + r.id(), getTranslation("walk.public.manage"))));
        }

        add(new H2(getTranslation("walk.public.map")));
        map = new LeafletMap(mapSettings);
        map.setAccessibleName(getTranslation("walk.public.map.name", r.title()));
        map.setHeight("420px");
        map.setClustering(r.pins().size() > CLUSTER_FROM);
        WalkUi.showRoute(map, r.route());
        WalkUi.showPins(map, r.pins());
        List<GeoPoint> all = new ArrayList<>(r.route());
        r.pins().forEach(p -> all.add(p.point()));
        map.fitTo(all);
        add(map);
        add(new Paragraph(getTranslation("walk.public.map.help", r.pins().size())));
        H2 legendTitle = new H2(getTranslation("walk.public.legend"));
        add(legendTitle, WalkUi.legend(this, r.legend()));

        add(new H2(getTranslation("walk.public.findings")));
        if (r.pins().isEmpty()) {
            add(new Paragraph(getTranslation("walk.public.no-findings")));
        }
        Map<CriterionData, List<ObservationData>> grouped = WalkExportService.groupByCriterion(r);
        grouped.forEach((criterion, pins) -> add(findings(criterion, pins)));

        add(new H2(getTranslation("walk.public.recommendations")));
        if (r.recommendations().isEmpty()) {
            add(new Paragraph(getTranslation("walk.public.no-recommendations")));
        }
        r.recommendations().forEach(rec -> add(recommendation(rec)));

        if (r.revisitOf() != null) {
            add(new H2(getTranslation("walk.public.revisit.title")));
            add(new Paragraph(new Span(getTranslation("walk.public.revisit.of") + " "),
                    new Anchor("marches/" + r.revisitOf().id(), r.revisitOf().title())));
            add(evaluations(r.earlierRecommendations(), r.evaluations()));
        } else if (!r.revisits().isEmpty()) {
            add(new H2(getTranslation("walk.public.revisits.title")));
            UnorderedList list = new UnorderedList();
            for (WalkSummary w : r.revisits()) {
                list.add(new ListItem(new Anchor("marches/" + w.id(), w.title() + " — " + WalkUi.date(this, w.date()))));
            }
            add(list);
            if (!r.evaluations().isEmpty()) {
                add(evaluations(r.recommendations(), r.evaluations()));
            }
        }

        if (r.followUpPublishedAt() != null) {
            add(new H2(getTranslation("walk.public.follow-up")));
            Paragraph summary = new Paragraph(r.followUpSummary());
            summary.getStyle().set("white-space", "pre-line");
            add(summary, new Paragraph(getTranslation("walk.public.follow-up.date",
                    WalkUi.date(this, dates.dayOf(r.followUpPublishedAt())))));
        }

        if (r.published()) {
            add(new H2(getTranslation("walk.public.downloads")));
            add(downloads(r.id()));
        }
    }

    private Component facts(WalkReport r) {
        UnorderedList facts = new UnorderedList();
        facts.add(new ListItem(new Span(getTranslation("walk.field.territory") + " : "),
                new Anchor("marches/territoire/" + r.territoryCode(), r.territoryName())));
        String when = WalkUi.date(this, r.date()) + " — " + getTranslation("walk.time." + r.timeOfDay().name())
                + (r.startTime() == null ? "" : " (" + r.startTime() + ")");
        facts.add(new ListItem(getTranslation("walk.field.date") + " : " + when));
        String theme = getTranslation("walk.theme." + r.theme().name()) + (r.themeOther() == null ? "" : " : " + r.themeOther());
        facts.add(new ListItem(getTranslation("walk.field.theme") + " : " + theme));
        facts.add(new ListItem(getTranslation("walk.field.organiser") + " : " + r.organiser()));
        facts.add(new ListItem(getTranslation("walk.field.group-type") + " : " + getTranslation("walk.group." + r.groupType().name())
                + " — " + groupCounts(r.group())));
        if (!r.partners().isEmpty()) {
            facts.add(new ListItem(getTranslation("walk.field.partners") + " : " + r.partners().stream()
                    .map(p -> p.name() + " (" + getTranslation("walk.partner." + p.kind().name()) + ")")
                    .collect(Collectors.joining(", "))));
        }
        Span state = new Span(getTranslation("walk.state." + r.state().name()));
        state.addClassName("agora-badge");
        state.setId("walk-state");
        facts.add(new ListItem(new Span(getTranslation("walk.field.state") + " : "), state));
        return facts;
    }

    /** « 8 personnes : 2 de 15 à 24 ans, … »: counts only, never names. */
    String groupCounts(GroupComposition g) {
        List<String> parts = new ArrayList<>();
        int[] counts = g.counts();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                parts.add(getTranslation("walk.group.band-count", counts[i], getTranslation("walk.group.band." + i)));
            }
        }
        return getTranslation("walk.group.people", g.total()) + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    private Component findings(CriterionData criterion, List<ObservationData> pins) {
        Div section = new Div();
        long assets = pins.stream().filter(p -> p.assessment() == Assessment.ASSET).count();
        section.add(new H3(getTranslation("walk.public.criterion-heading", criterion.label(getLocale()), criterion.symbol(),
                assets, pins.size() - assets)));
        UnorderedList list = new UnorderedList();
        for (ObservationData p : pins) {
            // few elements per finding: a page may list hundreds of them
            ListItem item = new ListItem();
            item.setId("finding-" + p.id());
            Span head = new Span(getTranslation("walk.public.pin-head", p.id(), getTranslation("walk.assessment." + p.assessment().name()),
                    p.severity()));
            head.addClassName("walk-pin-head");
            item.add(head, new Text(" " + (p.text() == null ? getTranslation("walk.public.text-hidden") : p.text())));
            if (p.internal()) {
                item.add(badge(getTranslation("walk.public.internal")));
            }
            if (p.status() != fr.agora.walks.domain.ModerationStatus.PUBLISHED) {
                item.add(badge(getTranslation("walk.moderation.status." + p.status().name())));
            }
            int index = 1;
            for (PhotoData photo : p.photos()) {
                Div holder = new Div(WalkUi.photo(this, observations, photo, index++));
                item.add(holder);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component recommendation(RecommendationData rec) {
        Div box = new Div();
        box.addClassName("agora-card");
        box.setId("recommendation-" + rec.id());
        box.add(new H3(rec.title()));
        Paragraph body = new Paragraph(rec.body());
        body.getStyle().set("white-space", "pre-line");
        box.add(body);
        Span status = badge(getTranslation("walk.rec.status." + rec.status().name()));
        status.addClassName("walk-rec-status");
        box.add(new Paragraph(new Span(getTranslation("walk.rec.status") + " : "), status));
        box.add(new Paragraph(getTranslation("walk.rec.addressee") + " : " + rec.addressee()
                + (rec.dueDate() == null ? "" : " — " + getTranslation("walk.rec.due") + " : " + WalkUi.date(this, rec.dueDate()))));
        if (rec.overdue()) {
            Paragraph late = new Paragraph(getTranslation("walk.rec.overdue"));
            late.addClassName("agora-warning");
            box.add(late);
        }
        if (rec.refusalReason() != null) {
            box.add(new Paragraph(getTranslation("walk.rec.refusal") + " : " + rec.refusalReason()));
        }
        if (!rec.observationIds().isEmpty()) {
            Div links = new Div(new Span(getTranslation("walk.rec.linked") + " "));
            for (Long id : rec.observationIds()) {
                links.add(new Anchor("marches/" + rec.walkId() + "#finding-" + id, "n° " + id), new Span(" "));
            }
            box.add(links);
        }
        box.add(new Details(getTranslation("walk.rec.history", rec.history().size()), history(rec.history())));
        return box;
    }

    private Component history(List<HistoryData> history) {
        UnorderedList list = new UnorderedList();
        for (HistoryData h : history) {
            String who = h.actorOrg() == null ? getTranslation("walk.rec.history.city") : h.actorOrg();
            String what = h.isComment() ? getTranslation("walk.rec.history.comment-only")
                    : getTranslation("walk.rec.status." + h.to().name());
            String line = WalkUi.date(this, dates.dayOf(h.at())) + " — " + what + " — " + who
                    + (h.comment() == null ? "" : " : " + h.comment());
            list.add(new ListItem(line));
        }
        return list;
    }

    private Component evaluations(List<RecommendationData> recs, List<EvaluationData> evaluations) {
        UnorderedList list = new UnorderedList();
        for (RecommendationData rec : recs) {
            List<EvaluationData> found = evaluations.stream().filter(e -> e.recommendationId() == rec.id()).toList();
            String status = getTranslation("walk.rec.status." + rec.status().name());
            if (found.isEmpty()) {
                list.add(new ListItem(getTranslation("walk.public.evaluation.none", rec.title(), status)));
            }
            for (EvaluationData e : found) {
                list.add(new ListItem(getTranslation("walk.public.evaluation", rec.title(), status,
                        getTranslation("walk.verdict." + e.verdict().name()), e.revisitTitle())
                        + (e.comment() == null ? "" : " — " + e.comment())));
            }
        }
        return list;
    }

    private Component downloads(long walkId) {
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(download(walkId, "csv", "text/csv;charset=UTF-8", exports::csv, "walk.export.csv")));
        list.add(new ListItem(download(walkId, "recommandations.csv", "text/csv;charset=UTF-8", exports::recommendationsCsv,
                "walk.export.recommendations-csv")));
        list.add(new ListItem(download(walkId, "geojson", "application/geo+json", exports::geoJson, "walk.export.geojson")));
        list.add(new ListItem(download(walkId, "pdf", "application/pdf", exports::pdf, "walk.export.pdf")));
        list.setId("walk-downloads");
        return list;
    }

    private Anchor download(long walkId, String extension, String type, BiFunction<Long, Locale, byte[]> producer, String key) {
        Locale locale = getLocale();
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = producer.apply(walkId, locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "marche-" + walkId + "." + extension, type, bytes.length);
            } catch (BusinessException e) {
                return DownloadResponse.error(404);
            }
        });
        return new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(key));
    }

    private static Span badge(String text) {
        Span s = new Span(text);
        s.addClassName("agora-badge");
        return s;
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("agora-warning");
        return p;
    }

    @Override
    protected String titleKey() {
        return "walks.title";
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("walks.title") : title) + " — Agora";
    }
}
