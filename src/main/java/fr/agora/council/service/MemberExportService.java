package fr.agora.council.service;

import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.CouncilMemberRepository;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.SpreadsheetCsv;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of a council's active members, for the Préfet's arrêté: as CSV (see {@link SpreadsheetCsv}) and as a PDF
 * table to attach to the draft. Each export is audited (it holds names and organisations).
 */
@Service
public class MemberExportService {

    private final CouncilRepository councils;
    private final CouncilMemberRepository members;
    private final AuditService audit;
    private final Clock clock;

    MemberExportService(CouncilRepository councils, CouncilMemberRepository members, AuditService audit, Clock clock) {
        this.councils = councils;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** The list of active members for the Préfet's arrêté, as CSV (see {@link SpreadsheetCsv}). */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional
    public byte[] membersCsv(long councilId, Locale locale) {
        Council c = load(councilId);
        SpreadsheetCsv csv = new SpreadsheetCsv();
        memberRows(c, new BundleTexts("council", locale)).forEach(csv::row);
        audit.record("COUNCIL_MEMBERS_EXPORTED", "council", councilId, Map.of("format", "csv"));
        return csv.bytes();
    }

    /** The same list as a PDF table, to attach to the draft arrêté. */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional
    public byte[] membersPdf(long councilId, Locale locale) {
        Council c = load(councilId);
        BundleTexts texts = new BundleTexts("council", locale);
        List<String[]> rows = memberRows(c, texts);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document doc = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4.rotate(), 36, 36, 40, 40);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(doc, bytes);
            doc.addTitle(c.getName());
            doc.addCreator("Agora");
            doc.open();
            com.lowagie.text.Font title = com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA_BOLD, 16);
            com.lowagie.text.Font bold = com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA_BOLD, 9);
            com.lowagie.text.Font body = com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA, 9);
            doc.add(new com.lowagie.text.Paragraph(c.getName(), title));
            doc.add(new com.lowagie.text.Paragraph(texts.get("council.export.pdf.subtitle", CouncilTime.today(clock).format(DrawContactService.DAY),
                    c.getPopulation(), c.getPopulationSource(), String.valueOf(c.getPopulationYear())), body));
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
        audit.record("COUNCIL_MEMBERS_EXPORTED", "council", councilId, Map.of("format", "pdf"));
        return bytes.toByteArray();
    }

    /** Header and one row per active member, for the exports. */
    private List<String[]> memberRows(Council c, BundleTexts texts) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {texts.get("council.export.col.college"), texts.get("council.export.col.seat"),
                texts.get("council.export.col.position"), texts.get("council.export.col.name"),
                texts.get("council.export.col.organisation"), texts.get("council.export.col.origin"),
                texts.get("council.export.col.status"), texts.get("council.export.col.since")});
        for (CouncilMember m : members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(c.getId(),
                CouncilMember.Status.ACTIVE)) {
            rows.add(new String[] {texts.get("council.college." + m.getCollege().name()), String.valueOf(m.getSeatNo()),
                    texts.get("council.position." + m.getPosition().name()), m.getFullName(),
                    m.getOrganisation() == null ? "" : m.getOrganisation(), texts.get("council.origin." + m.getOrigin().name()),
                    texts.get(m.isOfficial() ? "council.status.official" : "council.status.provisional"),
                    m.getStartDate().format(DrawContactService.DAY)});
        }
        return rows;
    }

    private Council load(long id) {
        return councils.findByIdWithTerritories(id).orElseThrow(() -> new BusinessException("council.error.not-found"));
    }
}
