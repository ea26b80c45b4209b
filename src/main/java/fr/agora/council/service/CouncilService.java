package fr.agora.council.service;

import fr.agora.council.domain.College;
import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.CouncilMemberRepository;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.PhoneNumber;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.SpreadsheetCsv;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conseils citoyens: their territories and seats, their members through the mandate, and the Préfet's arrêté.
 * Every change is audited; rules are enforced here, whatever the view shows.
 */
@Service
public class CouncilService {

    static final String STAFF = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "')";
    static final String APPOINTERS = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "','"
            + Role.Names.DRAW_OPERATOR + "')";
    private static final int MAX_TEXT = 160;

    private final CouncilRepository councils;
    private final CouncilMemberRepository members;
    private final TerritoryRepository territories;
    private final AuditService audit;
    private final CouncilSettings settings;
    private final CouncilDocumentStore documents;
    private final Clock clock;

    CouncilService(CouncilRepository councils, CouncilMemberRepository members, TerritoryRepository territories,
            AuditService audit, CouncilSettings settings, CouncilDocumentStore documents, Clock clock) {
        this.councils = councils;
        this.members = members;
        this.territories = territories;
        this.audit = audit;
        this.settings = settings;
        this.documents = documents;
        this.clock = clock;
    }

    /** The settings the views show as defaults. */
    public CouncilSettings settings() {
        return settings;
    }

    /** Every council, for anyone. */
    @Transactional(readOnly = true)
    public List<CouncilData> all() {
        return councils.findAllWithTerritories().stream().map(this::data).toList();
    }

    /** One council with its seats, for staff. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public CouncilData get(long id) {
        return data(load(id));
    }

    /** A council's public page: official, consenting members by name; the others only counted. */
    @Transactional(readOnly = true)
    public PublicCouncil publicPage(String slug) {
        Council c = councils.findBySlugWithTerritories(slug).orElseThrow(() -> new BusinessException("council.error.not-found"));
        List<CouncilMember> active = members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(c.getId(),
                CouncilMember.Status.ACTIVE);
        List<MemberData> named = active.stream().filter(m -> m.isOfficial() && m.isPublicConsent())
                .map(m -> new MemberData(m.getId(), m.getCollege(), m.getSeatNo(), m.getPosition(), m.getOrigin(),
                        m.getFullName(), m.getOrganisation(), null, null, true, true, true, m.getStartDate(), null, null, null))
                .toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (College college : College.values()) {
            counts.put(college.name(), active.stream().filter(m -> m.getCollege() == college).count());
        }
        return new PublicCouncil(data(c), named, counts);
    }

    /** Councils whose mandate ends within the warning period (or has ended), for the staff banner. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<CouncilData> mandatesEndingSoon() {
        LocalDate limit = LocalDate.now(clock).plusDays(settings.mandateWarningDays());
        return all().stream().filter(c -> c.mandateEnd() != null && !c.mandateEnd().isAfter(limit)).toList();
    }

    /** Creates a council. */
    @PreAuthorize(STAFF)
    @Transactional
    public CouncilData create(CouncilForm form) {
        Set<Territory> covered = validate(form);
        Instant now = clock.instant();
        Council c = new Council(uniqueSlug(form.name()), form.name().strip(), now);
        c.describe(form.name().strip(), covered, form.population(), form.populationSource().strip(),
                form.populationYear(), form.rounding(), form.membresDeDroitInParity(), form.mandateYears(), now);
        councils.save(c);
        audit.record("COUNCIL_CREATED", "council", c.getId(), Map.of("name", c.getName(),
                "territories", String.join(",", form.territoryCodes()), "population", form.population()));
        return data(c);
    }

    /** Edits what the seats are computed from. */
    @PreAuthorize(STAFF)
    @Transactional
    public CouncilData update(long id, CouncilForm form) {
        Council c = load(id);
        Set<Territory> covered = validate(form);
        c.describe(form.name().strip(), covered, form.population(), form.populationSource().strip(),
                form.populationYear(), form.rounding(), form.membresDeDroitInParity(), form.mandateYears(), clock.instant());
        audit.record("COUNCIL_UPDATED", "council", id, Map.of("population", form.population(),
                "rounding", form.rounding().name(), "mandateYears", form.mandateYears()));
        return data(c);
    }

    /** Starts the mandate (usually the day of installation). */
    @PreAuthorize(STAFF)
    @Transactional
    public CouncilData startMandate(long id, LocalDate start) {
        if (start == null) {
            throw new BusinessException("council.error.mandate-start");
        }
        Council c = load(id);
        c.startMandate(start, clock.instant());
        audit.record("COUNCIL_MANDATE_STARTED", "council", id, Map.of("start", start.toString()));
        return data(c);
    }

    /**
     * Appoints a titulaire and a suppléant to the next free seat of a collège. Seats of the Collège Habitants and the
     * associations' seats are bounded by the seat count; membres de droit (one seat per comité de quartier) are not.
     * The draw ceremony calls this with {@link MemberOrigin#DRAW}.
     *
     * @return the seat number
     */
    @PreAuthorize(APPOINTERS)
    @Transactional
    public int appoint(long councilId, College college, MemberOrigin origin, Appointment titulaire,
            Appointment suppleant) {
        return appointChecked(councilId, college, origin, titulaire, suppleant);
    }

    /**
     * {@link #appoint} without the role check, for a service that checked itself who may appoint: a comité de
     * quartier's officer designating its membres de droit ({@link ComiteDesignationService}).
     */
    @Transactional
    int appointChecked(long councilId, College college, MemberOrigin origin, Appointment titulaire,
            Appointment suppleant) {
        Council c = load(councilId);
        checkOrigin(college, origin);
        check(titulaire);
        check(suppleant);
        List<CouncilMember> active = members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(councilId,
                CouncilMember.Status.ACTIVE);
        CouncilData d = data(c, active);
        int limit = college == College.HABITANTS ? d.habitantSeats() : d.associationSeats();
        if (bounded(origin, d) && free(d, active, college) <= 0) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_APPOINT", "council", councilId,
                    Map.of("college", college.name(), "reason", "no free seat"));
            throw new BusinessException("council.error.no-free-seat", limit);
        }
        int seat = active.stream().filter(m -> m.getCollege() == college).mapToInt(CouncilMember::getSeatNo).max()
                .orElse(0) + 1;
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        CouncilMember t = members.save(member(c, college, seat, SeatPosition.TITULAIRE, origin, titulaire, today, now));
        CouncilMember s = members.save(member(c, college, seat, SeatPosition.SUPPLEANT, origin, suppleant, today, now));
        audit.record("COUNCIL_APPOINTED", "council", councilId, Map.of("college", college.name(), "seat", seat,
                "origin", origin.name(), "titulaire", t.getId(), "suppleant", s.getId()));
        return seat;
    }

    /**
     * The seats of a collège not yet held by an active titulaire. Membres de droit take a seat only when the council
     * counts them in the parity.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public int freeSeats(long councilId, College college) {
        Council c = load(councilId);
        List<CouncilMember> active = members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(councilId,
                CouncilMember.Status.ACTIVE);
        return free(data(c, active), active, college);
    }

    private static int free(CouncilData d, List<CouncilMember> active, College college) {
        long used = active.stream().filter(m -> m.getCollege() == college && m.getPosition() == SeatPosition.TITULAIRE
                && bounded(m.getOrigin(), d)).count();
        int limit = college == College.HABITANTS ? d.habitantSeats() : d.associationSeats();
        return (int) Math.max(0, limit - used);
    }

    /**
     * Appoints a drawn titulaire and suppléant to the next free seat of the Collège Habitants, each awaiting an
     * answer before {@code deadline}. Called by the draw.
     */
    @PreAuthorize(APPOINTERS)
    @Transactional
    public int appointDrawn(long councilId, long drawId, Appointment titulaire, long titulairePool, Appointment suppleant,
            long suppleantPool, LocalDate deadline) {
        int seat = appoint(councilId, College.HABITANTS, MemberOrigin.DRAW, titulaire, suppleant);
        for (CouncilMember m : members.findByCouncilIdAndCollegeAndSeatNoAndStatus(councilId, College.HABITANTS, seat,
                CouncilMember.Status.ACTIVE)) {
            m.drawnFrom(drawId, m.getPosition() == SeatPosition.TITULAIRE ? titulairePool : suppleantPool, deadline);
        }
        return seat;
    }

    /**
     * A drawn person declined or could not be reached: they leave the seat, and {@code replacement} (the next
     * person of the reserve, chosen by the draw) takes the same seat and position, awaiting an answer.
     *
     * @param replacement null when the reserve holds nobody suitable: the place stays vacant
     */
    @PreAuthorize(APPOINTERS)
    @Transactional
    public void replaceDrawn(long memberId, CouncilMember.Response answer, Appointment replacement, Long replacementPool,
            LocalDate deadline) {
        CouncilMember m = members.findById(memberId).orElseThrow(() -> new BusinessException("council.error.not-found"));
        if (m.getResponse() != CouncilMember.Response.PENDING || m.getStatus() != CouncilMember.Status.ACTIVE) {
            throw new BusinessException("draw.error.not-pending");
        }
        m.respond(answer);
        m.end(LocalDate.now(clock));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("member", memberId);
        details.put("answer", answer.name());
        details.put("seat", m.getSeatNo());
        details.put("position", m.getPosition().name());
        if (replacement != null) {
            check(replacement);
            CouncilMember r = members.save(member(m.getCouncil(), m.getCollege(), m.getSeatNo(), m.getPosition(),
                    MemberOrigin.DRAW, replacement, LocalDate.now(clock), clock.instant()));
            r.drawnFrom(m.getDrawId(), replacementPool, deadline);
            details.put("replacement", r.getId());
        } else {
            details.put("vacant", true);
        }
        audit.record("DRAW_MEMBER_REPLACED", "council", m.getCouncil().getId(), details);
    }

    /** The members drawn in a draw, past and present. */
    @PreAuthorize(APPOINTERS)
    @Transactional(readOnly = true)
    public List<MemberData> drawnMembers(long drawId) {
        return members.findByDrawIdOrderBySeatNoAscPositionAsc(drawId).stream().map(CouncilService::member).toList();
    }

    /** One drawn member (refused for members who were not drawn). */
    @PreAuthorize(APPOINTERS)
    @Transactional(readOnly = true)
    public MemberData drawnMember(long memberId) {
        CouncilMember m = drawn(memberId);
        return member(m);
    }

    @Transactional(readOnly = true)
    long drawOf(long memberId) {
        return drawn(memberId).getDrawId();
    }

    @Transactional(readOnly = true)
    long poolPersonOf(long memberId) {
        return drawn(memberId).getPoolPersonId();
    }

    @Transactional(readOnly = true)
    java.util.Set<Long> drawnPoolIds(long drawId) {
        return members.findByDrawIdOrderBySeatNoAscPositionAsc(drawId).stream().map(CouncilMember::getPoolPersonId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private CouncilMember drawn(long memberId) {
        CouncilMember m = members.findById(memberId).orElseThrow(() -> new BusinessException("council.error.not-found"));
        if (m.getDrawId() == null) {
            throw new BusinessException("draw.error.not-drawn");
        }
        return m;
    }

    /** A drawn person accepted their seat. */
    @PreAuthorize(APPOINTERS)
    @Transactional
    public void accept(long memberId) {
        CouncilMember m = members.findById(memberId).orElseThrow(() -> new BusinessException("council.error.not-found"));
        if (m.getResponse() != CouncilMember.Response.PENDING || m.getStatus() != CouncilMember.Status.ACTIVE) {
            throw new BusinessException("draw.error.not-pending");
        }
        m.respond(CouncilMember.Response.ACCEPTED);
        audit.record("DRAW_MEMBER_ACCEPTED", "council", m.getCouncil().getId(), Map.of("member", memberId));
    }

    /**
     * A member leaves on {@code day}. When a titulaire leaves, the suppléant of the same seat becomes titulaire and the
     * suppléant place is vacant until someone is appointed to it ({@link #fillSuppleant}).
     */
    @PreAuthorize(STAFF)
    @Transactional
    public void resign(long memberId, LocalDate day) {
        CouncilMember m = members.findById(memberId).orElseThrow(() -> new BusinessException("council.error.not-found"));
        if (m.getStatus() != CouncilMember.Status.ACTIVE) {
            throw new BusinessException("council.error.already-ended");
        }
        if (day == null || day.isBefore(m.getStartDate())) {
            throw new BusinessException("council.error.end-date");
        }
        m.end(day);
        long councilId = m.getCouncil().getId();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("member", memberId);
        details.put("college", m.getCollege().name());
        details.put("seat", m.getSeatNo());
        details.put("position", m.getPosition().name());
        if (m.getPosition() == SeatPosition.TITULAIRE) {
            members.findByCouncilIdAndCollegeAndSeatNoAndStatus(councilId, m.getCollege(), m.getSeatNo(),
                    CouncilMember.Status.ACTIVE).stream().filter(o -> o.getPosition() == SeatPosition.SUPPLEANT)
                    .findFirst().ifPresent(s -> {
                        s.becomeTitulaire();
                        details.put("promoted", s.getId());
                    });
        }
        audit.record("COUNCIL_MEMBER_LEFT", "council", councilId, details);
    }

    /**
     * Staff record a member's answer about being named on the public page (for example collected on paper, or for a
     * drawn member whose pool entry carried no consent).
     */
    @PreAuthorize(STAFF)
    @Transactional
    public void recordPublicConsent(long memberId, boolean consent) {
        CouncilMember m = members.findById(memberId).orElseThrow(() -> new BusinessException("council.error.not-found"));
        m.consentToPublication(consent);
        audit.record("COUNCIL_MEMBER_CONSENT", "council", m.getCouncil().getId(), Map.of("member", memberId,
                "consent", consent, "by", "staff"));
    }

    /** A member chooses, from the members' area, whether their name appears on the council's public page. */
    @PreAuthorize("hasRole('" + Role.Names.COUNCIL_MEMBER + "')")
    @Transactional
    public void setMyPublicConsent(long memberId, boolean consent) {
        CouncilMember m = members.findById(memberId).orElseThrow(() -> new BusinessException("council.error.not-found"));
        String me = CurrentUser.email().orElseThrow();
        if (!me.equalsIgnoreCase(m.getEmail()) || m.getStatus() != CouncilMember.Status.ACTIVE) {
            audit.recordRefusal(me, "COUNCIL_MEMBER_CONSENT", "council", m.getCouncil().getId(),
                    Map.of("member", memberId, "reason", "not the member's own seat"));
            throw new BusinessException("council.error.not-yours");
        }
        m.consentToPublication(consent);
        audit.record("COUNCIL_MEMBER_CONSENT", "council", m.getCouncil().getId(), Map.of("member", memberId,
                "consent", consent, "by", "member"));
    }

    /** Appoints a suppléant to a seat whose suppléant place is vacant. */
    @PreAuthorize(APPOINTERS)
    @Transactional
    public void fillSuppleant(long councilId, College college, int seatNo, MemberOrigin origin, Appointment person) {
        Council c = load(councilId);
        check(person);
        List<CouncilMember> seat = members.findByCouncilIdAndCollegeAndSeatNoAndStatus(councilId, college, seatNo,
                CouncilMember.Status.ACTIVE);
        if (seat.isEmpty() || seat.stream().anyMatch(m -> m.getPosition() == SeatPosition.SUPPLEANT)) {
            throw new BusinessException("council.error.no-vacancy");
        }
        CouncilMember s = members.save(member(c, college, seatNo, SeatPosition.SUPPLEANT, origin, person,
                LocalDate.now(clock), clock.instant()));
        audit.record("COUNCIL_SUPPLEANT_APPOINTED", "council", councilId, Map.of("college", college.name(),
                "seat", seatNo, "member", s.getId()));
    }

    /**
     * Records the Préfet's arrêté: date, reference and the signed PDF. The active members become official; those
     * appointed later stay provisional until the next arrêté.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public CouncilData recordArrete(long councilId, LocalDate date, String reference, byte[] pdf) {
        Council c = load(councilId);
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw new BusinessException("council.error.arrete-date");
        }
        if (reference == null || reference.isBlank() || reference.length() > 120) {
            throw new BusinessException("council.error.arrete-reference");
        }
        if (pdf == null || pdf.length > settings.arreteMaxSize().toBytes()) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_ARRETE", "council", councilId,
                    Map.of("reason", "size", "bytes", pdf == null ? 0 : pdf.length));
            throw new BusinessException("council.error.arrete-size", settings.arreteMaxSize().toMegabytes());
        }
        if (!CouncilDocumentStore.isPdf(pdf)) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_ARRETE", "council", councilId, Map.of("reason", "not a PDF"));
            throw new BusinessException("council.error.arrete-not-pdf");
        }
        String file = documents.store(councilId, pdf);
        c.recordArrete(date, reference.strip(), file, CurrentUser.actor(), clock.instant());
        List<CouncilMember> active = members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(councilId,
                CouncilMember.Status.ACTIVE);
        active.forEach(CouncilMember::makeOfficial);
        audit.record("COUNCIL_ARRETE_RECORDED", "council", councilId, Map.of("date", date.toString(),
                "reference", reference.strip(), "members", active.size()));
        return data(c);
    }

    /** The signed arrêté, for download. */
    @Transactional(readOnly = true)
    public byte[] arretePdf(String slug) {
        Council c = councils.findBySlugWithTerritories(slug).orElseThrow(() -> new BusinessException("council.error.not-found"));
        if (c.getArreteFile() == null) {
            throw new BusinessException("council.error.not-found");
        }
        return documents.read(c.getArreteFile());
    }

    /** Every member, past and present, for staff. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<MemberData> members(long councilId) {
        load(councilId);
        return members.findByCouncilIdOrderByCollegeAscSeatNoAscPositionAsc(councilId).stream().map(CouncilService::member)
                .toList();
    }

    /**
     * The members' area: the active members of the councils the signed-in member belongs to, with their contact
     * details, which only fellow members (and staff) see.
     */
    @PreAuthorize("hasRole('" + Role.Names.COUNCIL_MEMBER + "')")
    @Transactional(readOnly = true)
    public Map<CouncilData, List<MemberData>> myCouncils() {
        String me = CurrentUser.email().orElseThrow();
        Map<CouncilData, List<MemberData>> mine = new LinkedHashMap<>();
        for (Council c : councils.findAllWithTerritories()) {
            List<CouncilMember> active = members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(c.getId(),
                    CouncilMember.Status.ACTIVE);
            if (active.stream().anyMatch(m -> me.equalsIgnoreCase(m.getEmail()))) {
                mine.put(data(c, active), active.stream().map(CouncilService::member).toList());
            }
        }
        return mine;
    }

    /** The list of active members for the Préfet's arrêté, as CSV (see {@link SpreadsheetCsv}). */
    @PreAuthorize(STAFF)
    @Transactional
    public byte[] membersCsv(long councilId, Locale locale) {
        Council c = load(councilId);
        SpreadsheetCsv csv = new SpreadsheetCsv();
        memberRows(c, new BundleTexts("council", locale)).forEach(csv::row);
        audit.record("COUNCIL_MEMBERS_EXPORTED", "council", councilId, Map.of("format", "csv"));
        return csv.bytes();
    }

    /** The same list as a PDF table, to attach to the draft arrêté. */
    @PreAuthorize(STAFF)
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
            doc.add(new com.lowagie.text.Paragraph(texts.get("council.export.pdf.subtitle", LocalDate.now(clock).toString(),
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
                    m.getStartDate().toString()});
        }
        return rows;
    }

    private Council load(long id) {
        return councils.findByIdWithTerritories(id).orElseThrow(() -> new BusinessException("council.error.not-found"));
    }

    private Set<Territory> validate(CouncilForm form) {
        if (form.name() == null || form.name().isBlank() || form.name().length() > MAX_TEXT) {
            throw new BusinessException("council.error.name");
        }
        if (form.territoryCodes() == null || form.territoryCodes().isEmpty()) {
            throw new BusinessException("council.error.territories");
        }
        Set<Territory> covered = new LinkedHashSet<>();
        for (String code : form.territoryCodes()) {
            Territory t = territories.findFirstByCodeOrderByValidFromDesc(code)
                    .filter(x -> x.getKind() == TerritoryKind.QPV)
                    .orElseThrow(() -> new BusinessException("council.error.territory-unknown", code));
            covered.add(t);
        }
        if (form.population() < 1 || form.population() > 1_000_000) {
            throw new BusinessException("council.error.population");
        }
        int year = LocalDate.now(clock).getYear();
        if (form.populationYear() < 1990 || form.populationYear() > year) {
            throw new BusinessException("council.error.population-year", year);
        }
        if (form.populationSource() == null || form.populationSource().isBlank() || form.populationSource().length() > MAX_TEXT) {
            throw new BusinessException("council.error.population-source");
        }
        if (form.rounding() == null) {
            throw new BusinessException("council.error.rounding");
        }
        if (form.mandateYears() < 1 || form.mandateYears() > 6) {
            throw new BusinessException("council.error.mandate-years");
        }
        return covered;
    }

    private static void checkOrigin(College college, MemberOrigin origin) {
        boolean ok = switch (origin) {
            case DRAW -> college == College.HABITANTS;
            case ASSOCIATION, MEMBRE_DE_DROIT -> college == College.ASSOCIATIONS;
            case ASSISTED -> true;
        };
        if (!ok) {
            throw new BusinessException("council.error.origin");
        }
    }

    private static void check(Appointment a) {
        if (a == null || a.fullName() == null || a.fullName().isBlank() || a.fullName().length() > MAX_TEXT
                || (a.organisation() != null && a.organisation().length() > MAX_TEXT)) {
            throw new BusinessException("council.error.person-name");
        }
        if (a.email() != null && !a.email().isBlank() && !EmailAddress.isValid(EmailAddress.normalise(a.email()))) {
            throw new BusinessException("council.error.person-email");
        }
        if (a.phone() != null && !a.phone().isBlank() && !PhoneNumber.isValid(a.phone())) {
            throw new BusinessException("council.error.person-phone");
        }
    }

    /** Membres de droit are outside the seat count unless the council counts them in the parity. */
    private static boolean bounded(MemberOrigin origin, CouncilData d) {
        return origin != MemberOrigin.MEMBRE_DE_DROIT || d.membresDeDroitInParity();
    }

    private static CouncilMember member(Council c, College college, int seat, SeatPosition position, MemberOrigin origin,
            Appointment a, LocalDate day, Instant now) {
        String email = a.email() == null || a.email().isBlank() ? null : EmailAddress.normalise(a.email());
        String phone = a.phone() == null || a.phone().isBlank() ? null : a.phone().strip();
        String organisation = a.organisation() == null || a.organisation().isBlank() ? null : a.organisation().strip();
        return new CouncilMember(c, college, seat, position, origin, a.fullName().strip(), organisation, email, phone,
                a.publicConsent(), day, now);
    }

    private static MemberData member(CouncilMember m) {
        return new MemberData(m.getId(), m.getCollege(), m.getSeatNo(), m.getPosition(), m.getOrigin(), m.getFullName(),
                m.getOrganisation(), m.getEmail(), m.getPhone(), m.isPublicConsent(), m.isOfficial(),
                m.getStatus() == CouncilMember.Status.ACTIVE, m.getStartDate(), m.getEndDate(),
                m.getResponse() == null ? null : m.getResponse().name(), m.getResponseDeadline());
    }

    private CouncilData data(Council c) {
        return data(c, members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(c.getId(),
                CouncilMember.Status.ACTIVE));
    }

    private CouncilData data(Council c, List<CouncilMember> active) {
        int habitants = c.habitantSeats(settings.seatsPerThousand());
        int droit = (int) active.stream().filter(m -> m.getOrigin() == MemberOrigin.MEMBRE_DE_DROIT
                && m.getPosition() == SeatPosition.TITULAIRE).count();
        int associations = habitants;
        List<Territory> ts = new ArrayList<>(c.getTerritories());
        ts.sort(Comparator.comparing(Territory::getName));
        return new CouncilData(c.getId(), c.getSlug(), c.getName(), ts.stream().map(Territory::getCode).toList(),
                ts.stream().map(Territory::getName).toList(), c.getPopulation(), c.getPopulationSource(),
                c.getPopulationYear(), c.getSeatRounding(), c.isMembresDeDroitInParity(), c.getMandateYears(), habitants,
                associations, droit, c.getMandateStart(), c.mandateEnd(), c.getArreteDate() != null, c.getArreteDate(),
                c.getArreteReference());
    }

    private String uniqueSlug(String name) {
        String base = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "conseil";
        }
        base = base.length() > 70 ? base.substring(0, 70) : base;
        String slug = base;
        for (int i = 2; councils.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    /** Codes of the QPV a council may cover, for the form. */
    @Transactional(readOnly = true)
    public Map<String, String> qpvChoices() {
        return territories.findValidOn(TerritoryKind.QPV, LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(Territory::getCode, Territory::getName, (a, b) -> a, LinkedHashMap::new));
    }
}
