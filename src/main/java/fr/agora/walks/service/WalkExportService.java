package fr.agora.walks.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.SpreadsheetCsv;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public exports of a walk: its pins as CSV and GeoJSON (with the route), and a PDF report (text and tables).
 * They contain exactly what the public page shows to an anonymous visitor, whoever downloads them: an export is a
 * document that travels.
 */
@Service
public class WalkExportService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WalkReportService reports;

    private final fr.agora.shared.service.Dates zone;

    WalkExportService(WalkReportService reports, fr.agora.shared.service.Dates dates) {
        this.reports = reports;
        this.zone = dates;
    }

    /** The pins, one per line; semicolon-separated UTF-8 with a BOM, as spreadsheets in France expect. */
    @Transactional(readOnly = true)
    public byte[] csv(long walkId, Locale locale) {
        WalkReport r = reports.publicReport(walkId);
        BundleTexts t = new BundleTexts("walks", locale);
        SpreadsheetCsv out = new SpreadsheetCsv();
        out.row(t.get("walk.export.col.id"), t.get("walk.export.col.criterion"), t.get("walk.export.col.assessment"),
                t.get("walk.export.col.severity"), t.get("walk.export.col.text"), t.get("walk.export.col.lat"),
                t.get("walk.export.col.lon"), t.get("walk.export.col.observed"), t.get("walk.export.col.photos"),
                t.get("walk.export.col.recommendations"));
        Map<Long, String> recsByPin = recommendationsByPin(r);
        for (ObservationData p : r.pins()) {
            out.row(String.valueOf(p.id()), p.criterion().label(t.locale()), t.get("walk.assessment." + p.assessment().name()),
                    String.valueOf(p.severity()), text(p, t), coordinate(p.point().lat()), coordinate(p.point().lon()),
                    zone.at(p.observedAt()).toOffsetDateTime().toString(), String.valueOf(p.photos().size()),
                    recsByPin.getOrDefault(p.id(), ""));
        }
        return out.bytes();
    }

    /** The recommendations with their status, one per line. */
    @Transactional(readOnly = true)
    public byte[] recommendationsCsv(long walkId, Locale locale) {
        WalkReport r = reports.publicReport(walkId);
        BundleTexts t = new BundleTexts("walks", locale);
        SpreadsheetCsv out = new SpreadsheetCsv();
        out.row(t.get("walk.export.col.id"), t.get("walk.rec.title"), t.get("walk.rec.body"), t.get("walk.rec.addressee"),
                t.get("walk.rec.due"), t.get("walk.rec.status"), t.get("walk.rec.refusal"), t.get("walk.export.col.pins"));
        for (RecommendationData rec : r.recommendations()) {
            out.row(String.valueOf(rec.id()), rec.title(), rec.body(), rec.addressee(),
                    rec.dueDate() == null ? "" : rec.dueDate().toString(), t.get("walk.rec.status." + rec.status().name()),
                    rec.refusalReason() == null ? "" : rec.refusalReason(),
                    rec.observationIds().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        return out.bytes();
    }

    /** A FeatureCollection: the route (LineString) and each pin (Point) with its properties. */
    @Transactional(readOnly = true)
    public byte[] geoJson(long walkId, Locale locale) {
        WalkReport r = reports.publicReport(walkId);
        BundleTexts t = new BundleTexts("walks", locale);
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        ObjectNode meta = root.putObject("properties");
        meta.put("walk", r.id());
        meta.put("title", r.title());
        meta.put("territory", r.territoryName());
        meta.put("date", r.date().toString());
        ArrayNode features = root.putArray("features");
        if (r.route().size() >= 2) {
            ObjectNode route = features.addObject();
            route.put("type", "Feature");
            ObjectNode geometry = route.putObject("geometry");
            geometry.put("type", "LineString");
            ArrayNode coordinates = geometry.putArray("coordinates");
            for (GeoPoint p : r.route()) {
                coordinates.addArray().add(p.lon()).add(p.lat());
            }
            route.putObject("properties").put("kind", "route");
        }
        for (ObservationData p : r.pins()) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", p.id());
            ObjectNode geometry = f.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(p.point().lon()).add(p.point().lat());
            ObjectNode props = f.putObject("properties");
            props.put("kind", "observation");
            props.put("criterion", p.criterion().code());
            props.put("criterionLabel", p.criterion().label(t.locale()));
            props.put("symbol", p.criterion().symbol());
            props.put("assessment", p.assessment().name());
            props.put("severity", p.severity());
            if (p.text() == null) {
                props.putNull("text");
            } else {
                props.put("text", p.text());
            }
            props.put("observedAt", p.observedAt().toString());
            props.put("photos", p.photos().size());
        }
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF report: the walk, the group (counts), the findings by criterion, the recommendations and the follow-up. */
    @Transactional(readOnly = true)
    public byte[] pdf(long walkId, Locale locale) {
        WalkReport r = reports.publicReport(walkId);
        BundleTexts t = new BundleTexts("walks", locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter.getInstance(doc, bytes);
            doc.addTitle(r.title());
            doc.addSubject(t.get("walk.export.pdf.subject"));
            doc.addCreator("Agora");
            doc.open();
            Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
            Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font small = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

            doc.add(new Paragraph(r.title(), h1));
            doc.add(new Paragraph(t.get("walk.export.pdf.subject") + " — " + r.territoryName(), small));
            doc.add(spacer());
            PdfPTable facts = table(2, new float[] {1, 2});
            fact(facts, t.get("walk.field.date"), r.date().format(dates) + " — " + t.get("walk.time." + r.timeOfDay().name()), bold, body);
            fact(facts, t.get("walk.field.theme"), r.themeOther() == null ? t.get("walk.theme." + r.theme().name())
                    : t.get("walk.theme." + r.theme().name()) + " : " + r.themeOther(), bold, body);
            fact(facts, t.get("walk.field.organiser"), r.organiser(), bold, body);
            fact(facts, t.get("walk.field.group-type"), t.get("walk.group." + r.groupType().name()), bold, body);
            fact(facts, t.get("walk.field.participants"), t.get("walk.group.summary", r.group().total(), r.group().generations()),
                    bold, body);
            fact(facts, t.get("walk.field.state"), t.get("walk.state." + r.state().name()), bold, body);
            if (!r.partners().isEmpty()) {
                fact(facts, t.get("walk.field.partners"), r.partners().stream()
                        .map(p -> p.name() + " (" + t.get("walk.partner." + p.kind().name()) + ")")
                        .collect(Collectors.joining(", ")), bold, body);
            }
            doc.add(facts);

            doc.add(new Paragraph(t.get("walk.public.findings"), h2));
            if (r.pins().isEmpty()) {
                doc.add(new Paragraph(t.get("walk.public.no-findings"), body));
            }
            Map<CriterionData, List<ObservationData>> byCriterion = groupByCriterion(r);
            for (Map.Entry<CriterionData, List<ObservationData>> e : byCriterion.entrySet()) {
                long assets = e.getValue().stream().filter(p -> p.assessment().name().equals("ASSET")).count();
                doc.add(new Paragraph(t.get("walk.public.criterion-heading", e.getKey().label(t.locale()), e.getKey().symbol(),
                        assets, e.getValue().size() - assets), bold));
                PdfPTable pins = table(4, new float[] {0.6f, 1.2f, 0.7f, 4});
                header(pins, bold, "n°", t.get("walk.export.col.assessment"), t.get("walk.export.col.severity"),
                        t.get("walk.export.col.text"));
                for (ObservationData p : e.getValue()) {
                    cells(pins, body, String.valueOf(p.id()), t.get("walk.assessment." + p.assessment().name()),
                            String.valueOf(p.severity()), text(p, t));
                }
                doc.add(pins);
            }

            doc.add(new Paragraph(t.get("walk.public.recommendations"), h2));
            if (r.recommendations().isEmpty()) {
                doc.add(new Paragraph(t.get("walk.public.no-recommendations"), body));
            }
            for (RecommendationData rec : r.recommendations()) {
                doc.add(new Paragraph(rec.title(), bold));
                doc.add(new Paragraph(rec.body(), body));
                doc.add(new Paragraph(t.get("walk.public.rec-meta", rec.addressee(),
                        rec.dueDate() == null ? "—" : rec.dueDate().format(dates), t.get("walk.rec.status." + rec.status().name())),
                        small));
                if (rec.refusalReason() != null) {
                    doc.add(new Paragraph(t.get("walk.rec.refusal") + " : " + rec.refusalReason(), body));
                }
                PdfPTable history = table(3, new float[] {1.2f, 1.5f, 3});
                header(history, bold, t.get("walk.rec.history.date"), t.get("walk.rec.history.status"), t.get("walk.rec.history.comment"));
                for (HistoryData h : rec.history()) {
                    cells(history, body, zone.dayOf(h.at()).format(dates),
                            (h.isComment() ? t.get("walk.rec.history.comment-only") : t.get("walk.rec.status." + h.to().name()))
                                    + " — " + (h.actorOrg() == null ? t.get("walk.rec.history.city") : h.actorOrg()),
                            h.comment() == null ? "" : h.comment());
                }
                doc.add(history);
            }
            if (r.followUpPublishedAt() != null) {
                doc.add(new Paragraph(t.get("walk.public.follow-up"), h2));
                doc.add(new Paragraph(r.followUpSummary(), body));
            }
            doc.add(spacer());
            doc.add(new Paragraph(t.get("walk.export.pdf.privacy"), small));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** The pins grouped by criterion, in grid order (the public page shows the same grouping). */
    public static Map<CriterionData, List<ObservationData>> groupByCriterion(WalkReport r) {
        Map<Long, CriterionData> order = new LinkedHashMap<>();
        r.legend().forEach(c -> order.put(c.id(), c));
        Map<CriterionData, List<ObservationData>> grouped = new LinkedHashMap<>();
        for (CriterionData c : order.values()) {
            List<ObservationData> pins = r.pins().stream().filter(p -> p.criterion().id().equals(c.id())).toList();
            if (!pins.isEmpty()) {
                grouped.put(c, pins);
            }
        }
        return grouped;
    }

    private static Map<Long, String> recommendationsByPin(WalkReport r) {
        Map<Long, String> map = new LinkedHashMap<>();
        for (RecommendationData rec : r.recommendations()) {
            for (Long id : rec.observationIds()) {
                map.merge(id, String.valueOf(rec.id()), (a, b) -> a + " " + b);
            }
        }
        return map;
    }

    private static String text(ObservationData p, BundleTexts t) {
        return p.text() == null ? t.get("walk.public.text-hidden") : p.text();
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }


    private static PdfPTable table(int columns, float[] widths) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.setHeaderRows(0);
        return table;
    }

    private static void fact(PdfPTable table, String label, String value, Font bold, Font body) {
        table.addCell(cell(label, bold));
        table.addCell(cell(value, body));
    }

    private static void header(PdfPTable table, Font bold, String... labels) {
        for (String l : labels) {
            PdfPCell c = cell(l, bold);
            c.setGrayFill(0.9f);
            table.addCell(c);
        }
        table.setHeaderRows(1);
    }

    private static void cells(PdfPTable table, Font font, String... values) {
        for (String v : values) {
            table.addCell(cell(v, font));
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setPadding(4);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        return c;
    }

    private static Paragraph spacer() {
        return new Paragraph(" ");
    }
}
