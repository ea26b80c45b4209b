package fr.agora.council.service;

import fr.agora.council.domain.CouncilDraw;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.CouncilMemberRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.domain.PoolPerson;
import fr.agora.council.domain.PoolPersonRepository;
import fr.agora.council.domain.SeatPosition;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.SpreadsheetCsv;
import fr.agora.sortition.draw.DrawRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact sheet of a draw (issue 14, item 1): the drawn and reserve people with the phone, e-mail and address
 * imported with the pool, so that the draw operator (only) can reach them before the answers are due. It exists
 * from the draw until the pool's retention ends ({@code agora.council.pool-retention-days}); then the pool's personal
 * data are erased and the sheet is refused. Every opening and every export is audited, and so is a refusal.
 */
@Service
public class DrawContactService {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DrawStore store;
    private final CouncilMemberRepository members;
    private final PoolPersonRepository people;
    private final CouncilSettings settings;
    private final AuditService audit;
    private final Clock clock;

    DrawContactService(DrawStore store, CouncilMemberRepository members, PoolPersonRepository people,
            CouncilSettings settings, AuditService audit, Clock clock) {
        this.store = store;
        this.members = members;
        this.people = people;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contact sheet, opened on screen (audited). */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional
    public DrawContacts contacts(long drawId) {
        DrawContacts sheet = sheet(drawId, "screen");
        audit.record("DRAW_CONTACTS_OPENED", "council_draw", drawId, Map.of("people", sheet.lines().size()));
        return sheet;
    }

    /** The contact sheet as CSV for a spreadsheet (audited). */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional
    public byte[] contactsCsv(long drawId, Locale locale) {
        DrawContacts sheet = sheet(drawId, "csv");
        SpreadsheetCsv csv = new SpreadsheetCsv();
        rows(sheet, new BundleTexts("council", locale)).forEach(csv::row);
        audit.record("DRAW_CONTACTS_EXPORTED", "council_draw", drawId, Map.of("format", "csv", "people",
                sheet.lines().size()));
        return csv.bytes();
    }

    /** The contact sheet as a printable PDF table, for phoning (audited). */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional
    public byte[] contactsPdf(long drawId, Locale locale) {
        DrawContacts sheet = sheet(drawId, "pdf");
        BundleTexts texts = new BundleTexts("council", locale);
        List<String[]> rows = rows(sheet, texts);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        com.lowagie.text.Document doc = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4.rotate(), 36, 36, 40, 40);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(doc, bytes);
            doc.addTitle(texts.get("draw.contacts.title"));
            doc.addCreator("Agora");
            doc.open();
            com.lowagie.text.Font title = com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA_BOLD, 16);
            com.lowagie.text.Font bold = com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA_BOLD, 9);
            com.lowagie.text.Font body = com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA, 9);
            doc.add(new com.lowagie.text.Paragraph(texts.get("draw.contacts.pdf.title", sheet.councilName(),
                    sheet.drawId()), title));
            doc.add(new com.lowagie.text.Paragraph(texts.get("draw.contacts.pdf.subtitle",
                    CouncilTime.today(clock).format(DAY), sheet.availableUntil().format(DAY)), body));
            doc.add(new com.lowagie.text.Paragraph(" "));
            com.lowagie.text.pdf.PdfPTable table = new com.lowagie.text.pdf.PdfPTable(rows.get(0).length);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (int r = 0; r < rows.size(); r++) {
                for (String cell : rows.get(r)) {
                    com.lowagie.text.pdf.PdfPCell pc = new com.lowagie.text.pdf.PdfPCell(
                            new com.lowagie.text.Phrase(cell, r == 0 ? bold : body));
                    if (r == 0) {
                        pc.setGrayFill(0.9f);
                    }
                    table.addCell(pc);
                }
            }
            doc.add(table);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            doc.close();
        }
        audit.record("DRAW_CONTACTS_EXPORTED", "council_draw", drawId, Map.of("format", "pdf", "people",
                sheet.lines().size()));
        return bytes.toByteArray();
    }

    /**
     * The sheet, refused (and the refusal audited) before the draw and once the pool's retention is over.
     */
    private DrawContacts sheet(long drawId, String format) {
        CouncilDraw d = store.load(drawId);
        Instant cutoff = clock.instant().minus(Duration.ofDays(settings.poolRetentionDays()));
        String refusal = d.getDrawnAt() == null || d.getRecordJson() == null ? "draw.error.not-done"
                : d.isPoolExpired(cutoff) ? "draw.contacts.error.expired" : null;
        if (refusal != null) {
            audit.recordRefusal(CurrentUser.actor(), "DRAW_CONTACTS", "council_draw", drawId, Map.of("reason", refusal,
                    "format", format));
            throw new BusinessException(refusal);
        }
        Map<Long, PoolPerson> pool = people.findByDrawIdOrderById(drawId).stream()
                .collect(Collectors.toMap(PoolPerson::getId, Function.identity()));
        List<DrawContacts.Line> lines = new ArrayList<>();
        Set<String> called = new HashSet<>();
        for (CouncilMember m : members.findByDrawIdOrderBySeatNoAscPositionAsc(drawId)) {
            PoolPerson p = pool.get(m.getPoolPersonId());
            if (p == null || p.isErased()) {
                continue;
            }
            called.add(String.valueOf(p.getId()));
            lines.add(line(m.getPosition() == SeatPosition.TITULAIRE ? DrawContacts.Kind.TITULAIRE
                    : DrawContacts.Kind.SUPPLEANT, m.getSeatNo(), 0, p, m.getResponse() == null ? null
                    : m.getResponse().name(), m.getResponseDeadline()));
        }
        DrawRecord record = DrawRecord.parse(d.getRecordJson().getBytes(StandardCharsets.UTF_8));
        int rank = 0;
        for (String id : record.reserve()) {
            rank++;
            PoolPerson p = pool.get(Long.parseLong(id));
            if (p != null && !p.isErased() && !called.contains(id)) {
                lines.add(line(DrawContacts.Kind.RESERVE, 0, rank, p, null, null));
            }
        }
        LocalDate until = CouncilTime.day(d.getDrawnAt().plus(Duration.ofDays(settings.poolRetentionDays())));
        return new DrawContacts(drawId, d.getCouncil().getName(), until, List.copyOf(lines));
    }

    private static DrawContacts.Line line(DrawContacts.Kind kind, int seat, int rank, PoolPerson p, String response,
            LocalDate deadline) {
        return new DrawContacts.Line(kind, seat, rank, p.getLastName(), p.getFirstName(), p.getPhone(), p.getEmail(),
                p.getPostalAddress(), response, deadline);
    }

    /** Header and one row per person, for the exports. */
    private static List<String[]> rows(DrawContacts sheet, BundleTexts t) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t.get("draw.contacts.col.kind"), t.get("draw.contacts.col.seat"),
                t.get("draw.contacts.col.last-name"), t.get("draw.contacts.col.first-name"),
                t.get("draw.contacts.col.phone"), t.get("draw.contacts.col.email"), t.get("draw.contacts.col.address"),
                t.get("draw.contacts.col.answer")});
        for (DrawContacts.Line l : sheet.lines()) {
            String place = l.kind() == DrawContacts.Kind.RESERVE ? t.get("draw.contacts.rank", l.rank())
                    : String.valueOf(l.seatNo());
            String answer = l.response() == null ? "" : "PENDING".equals(l.response())
                    ? t.get("draw.contacts.pending", l.deadline() == null ? "" : l.deadline().format(DAY))
                    : t.get("draw.response." + l.response());
            rows.add(new String[] {t.get("draw.contacts.kind." + l.kind().name()), place, l.lastName(), l.firstName(),
                    l.phone(), l.email(), l.postalAddress(), answer});
        }
        return rows;
    }
}
