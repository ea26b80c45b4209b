package fr.agora.council.service;

import fr.agora.council.domain.College;
import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.CouncilMemberRepository;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
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
 * Conseils citoyens: their territories, population and seats, their mandate, and the lists of their members. The
 * council ({@link Council}) refuses what cannot describe it; every change is audited. Who sits is
 * {@link MembershipService}'s business, the arrêté {@link ArreteService}'s, the exports {@link MemberExportService}'s.
 */
@Service
public class CouncilService {

    static final String STAFF = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "')";
    static final String APPOINTERS = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "','"
            + Role.Names.DRAW_OPERATOR + "')";
    private static final int MAX_TEXT = 160;

    private final CouncilRepository councils;
    private final CouncilMemberRepository members;
    private final Territories territories;
    private final AuditService audit;
    private final CouncilSettings settings;
    private final Clock clock;

    CouncilService(CouncilRepository councils, CouncilMemberRepository members, Territories territories,
            AuditService audit, CouncilSettings settings, Clock clock) {
        this.councils = councils;
        this.members = members;
        this.territories = territories;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** The settings the views show as defaults. */
    public CouncilSettings settings() {
        return settings;
    }

    /** Today in Amiens, for the forms' defaults (views never read the clock). */
    public LocalDate today() {
        return CouncilTime.today(clock);
    }

    /** Every council not archived, for anyone. */
    @Transactional(readOnly = true)
    public List<CouncilData> all() {
        return councils.findAllWithTerritories().stream().filter(c -> !c.isArchived()).map(this::data).toList();
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
                        m.getFullName(), m.getOrganisation(), null, null, true, true, true, m.getStartDate(), null, null, null,
                        null, null))
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
        LocalDate limit = CouncilTime.today(clock).plusDays(settings.mandateWarningDays());
        return all().stream().filter(c -> c.mandateEnd() != null && !c.mandateEnd().isAfter(limit)).toList();
    }

    /**
     * Creates a council. Refused on a QPV another council (not archived) covers, unless staff confirmed it
     * ({@link CouncilForm#overlapConfirmed}); a population other than the territories' reference figures is recorded
     * as an override, with the reference.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public CouncilData create(CouncilForm form) {
        Set<Territory> covered = territories(form);
        List<String> overlap = checkOverlap(null, form);
        Instant now = clock.instant();
        Council c = new Council(uniqueSlug(form.name()), form.name().strip(), now);
        describe(c, form, covered);
        Integer reference = reference(form);
        c.recordPopulationReference(reference);
        councils.save(c);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", c.getName());
        details.put("territories", String.join(",", form.territoryCodes()));
        details.put("population", form.population());
        overrideDetails(details, c, overlap);
        audit.record("COUNCIL_CREATED", "council", c.getId(), details);
        return data(c);
    }

    /** Edits what the seats are computed from (same checks as {@link #create}); an archived council is refused. */
    @PreAuthorize(STAFF)
    @Transactional
    public CouncilData update(long id, CouncilForm form) {
        Council c = load(id);
        c.checkNotArchived();
        List<String> overlap = checkOverlap(id, form);
        describe(c, form, territories(form));
        c.recordPopulationReference(reference(form));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("population", form.population());
        details.put("rounding", String.valueOf(form.rounding()));
        details.put("mandateYears", form.mandateYears());
        overrideDetails(details, c, overlap);
        audit.record("COUNCIL_UPDATED", "council", id, details);
        return data(c);
    }

    /**
     * The territories' reference population for these QPV (sum of their figures, with the year), to fill the form;
     * empty when a QPV has no figure.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public java.util.Optional<PopulationReference> referencePopulation(List<String> qpvCodes) {
        return qpvCodes == null || qpvCodes.isEmpty() ? java.util.Optional.empty()
                : territories.referencePopulation(TerritoryKind.QPV, Set.copyOf(qpvCodes))
                        .map(r -> new PopulationReference(r[0], r[1]));
    }

    /** The other councils (not archived) that already cover one of these QPV, by name, for the form's warning. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<String> coveringCouncils(Long except, List<String> qpvCodes) {
        Set<String> codes = qpvCodes == null ? Set.of() : Set.copyOf(qpvCodes);
        return councils.findAllWithTerritories().stream().filter(c -> !c.isArchived() && !c.getId().equals(except))
                .filter(c -> c.getTerritories().stream().anyMatch(t -> codes.contains(t.getCode())))
                .map(Council::getName).toList();
    }

    /**
     * Archives a council: it leaves the lists (public and staff) and its QPV may get a new council; its page, members
     * and draws stay as history. Audited.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public CouncilData archive(long id) {
        Council c = load(id);
        try {
            c.archive(CurrentUser.actor(), clock.instant());
        } catch (BusinessException e) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_ARCHIVED", "council", id, Map.of("reason", e.getMessageKey()));
            throw e;
        }
        audit.record("COUNCIL_ARCHIVED", "council", id, Map.of("name", c.getName()));
        return data(c);
    }

    /** Archived councils, for staff (history). */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<CouncilData> archived() {
        return councils.findAllWithTerritories().stream().filter(Council::isArchived).map(this::data).toList();
    }

    private List<String> checkOverlap(Long except, CouncilForm form) {
        List<String> overlap = coveringCouncils(except, form.territoryCodes());
        if (!overlap.isEmpty() && !form.overlapConfirmed()) {
            audit.recordRefusal(CurrentUser.actor(), except == null ? "COUNCIL_CREATED" : "COUNCIL_UPDATED", "council",
                    except, Map.of("reason", "council.error.qpv-covered", "covering", String.join(", ", overlap)));
            throw new BusinessException("council.error.qpv-covered", String.join(", ", overlap));
        }
        return overlap;
    }

    private Integer reference(CouncilForm form) {
        return referencePopulation(form.territoryCodes()).map(PopulationReference::population).orElse(null);
    }

    private static void overrideDetails(Map<String, Object> details, Council c, List<String> overlap) {
        if (c.getPopulationReference() != null) {
            details.put("populationOverride", true);
            details.put("populationReference", c.getPopulationReference());
        }
        if (!overlap.isEmpty()) {
            details.put("overlapConfirmed", String.join(", ", overlap));
        }
    }

    /** Starts the mandate (usually the day of installation). */
    @PreAuthorize(STAFF)
    @Transactional
    public CouncilData startMandate(long id, LocalDate start) {
        Council c = load(id);
        c.startMandate(start, clock.instant());
        audit.record("COUNCIL_MANDATE_STARTED", "council", id, Map.of("start", start.toString()));
        return data(c);
    }

    static int free(CouncilData d, List<CouncilMember> active, College college) {
        long used = active.stream().filter(m -> m.getCollege() == college && m.getPosition() == SeatPosition.TITULAIRE
                && bounded(m.getOrigin(), d)).count();
        int limit = college == College.HABITANTS ? d.habitantSeats() : d.associationSeats();
        return (int) Math.max(0, limit - used);
    }

    /** Every member, past and present, for staff. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<MemberData> members(long councilId) {
        load(councilId);
        return members.findByCouncilIdOrderByCollegeAscSeatNoAscPositionAsc(councilId).stream()
                .map(m -> MemberData.of(m, settings.undoWindow()))
                .toList();
    }

    private Council load(long id) {
        return councils.findByIdWithTerritories(id).orElseThrow(() -> new BusinessException("council.error.not-found"));
    }

    private void describe(Council c, CouncilForm form, Set<Territory> covered) {
        c.describe(form.name(), covered, form.population(), form.populationSource(), form.populationYear(),
                form.rounding(), form.membresDeDroitInParity(), form.mandateYears(), CouncilTime.today(clock).getYear(),
                clock.instant());
    }

    /** The QPV a council covers, from their codes (the council checks the rest of the form). */
    private Set<Territory> territories(CouncilForm form) {
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > MAX_TEXT) {
            throw new BusinessException("council.error.name");
        }
        Set<Territory> covered = new LinkedHashSet<>();
        for (String code : form.territoryCodes() == null ? List.<String>of() : form.territoryCodes()) {
            Territory t = territories.current(TerritoryKind.QPV, code)
                    .orElseThrow(() -> new BusinessException("council.error.territory-unknown", code));
            covered.add(t);
        }
        return covered;
    }

    /** Membres de droit are outside the seat count unless the council counts them in the parity. */
    static boolean bounded(MemberOrigin origin, CouncilData d) {
        return origin != MemberOrigin.MEMBRE_DE_DROIT || d.membresDeDroitInParity();
    }

    private CouncilData data(Council c) {
        return data(c, members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(c.getId(),
                CouncilMember.Status.ACTIVE));
    }

    /** A council with its seats, counted from its active members. */
    CouncilData data(Council c, List<CouncilMember> active) {
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
                c.getArreteReference(), c.getPopulationReference(), c.isArchived());
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
        return territories.choices(TerritoryKind.QPV);
    }
}
