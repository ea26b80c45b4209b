package fr.agora.plenary.service;

import fr.agora.council.CouncilDirectory;
import fr.agora.plenary.domain.PlenaryAttendanceRepository;
import fr.agora.plenary.domain.MinutesStatus;
import fr.agora.plenary.domain.Plenary;
import fr.agora.plenary.domain.PlenaryRepository;
import fr.agora.plenary.domain.Representation;
import fr.agora.plenary.domain.Representative;
import fr.agora.plenary.domain.PlenaryRepresentativeRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.Dates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plenary itself: planning (staff), its public page, the invitation list built from the representatives (which
 * cannot be finalised while a conseil has a number other than three in a collège), the session's opening and closing,
 * and the minutes by the meetings' rules (draft, approved, published).
 */
@Service
public class PlenaryService {

    static final String STAFF = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "')";

    private final PlenaryRepository plenaries;
    private final PlenaryRepresentativeRepository representatives;
    private final PlenaryAttendanceRepository attendance;
    private final CouncilDirectory councils;
    private final AuditService audit;
    private final Dates dates;
    private final Clock clock;

    PlenaryService(PlenaryRepository plenaries, PlenaryRepresentativeRepository representatives, PlenaryAttendanceRepository attendance,
            CouncilDirectory councils, AuditService audit, Dates dates, Clock clock) {
        this.plenaries = plenaries;
        this.representatives = representatives;
        this.attendance = attendance;
        this.councils = councils;
        this.audit = audit;
        this.dates = dates;
        this.clock = clock;
    }

    /** Plans the plenary of the form's year (one per year). */
    @PreAuthorize(STAFF)
    @Transactional
    public PlenaryData plan(PlenaryForm form) {
        if (form.date() == null || form.time() == null || form.contributionDeadline() == null) {
            throw new BusinessException("plenary.error.date-required");
        }
        int year = form.date().getYear();
        if (plenaries.findByYear(year).isPresent()) {
            throw new BusinessException("plenary.error.year-taken", year);
        }
        List<CouncilDirectory.CouncilEntry> all = councils.councils();
        List<Plenary.Council> taking = all.stream()
                .filter(c -> form.councilIds() == null || form.councilIds().isEmpty() || form.councilIds().contains(c.id()))
                .map(c -> new Plenary.Council(c.id(), c.name())).toList();
        if (form.councilIds() != null && taking.size() != form.councilIds().stream().distinct().count()) {
            throw new BusinessException("plenary.error.unknown-council");
        }
        Instant starts = form.date().atTime(form.time()).atZone(dates.zone()).toInstant();
        Instant deadline = form.contributionDeadline().atTime(23, 59).atZone(dates.zone()).toInstant();
        Plenary p = plenaries.save(new Plenary(form.title(), starts, year, form.place(), form.agenda(),
                form.quorumPercent(), form.answerMonths(), deadline, form.suppleantsAllowed(), taking,
                CurrentUser.actor(), clock.instant()));
        audit.record("PLENARY_PLANNED", "plenary", p.getId(), Map.of("year", year, "councils", taking.size()));
        return data(p, true);
    }

    /** Changes the agenda (before the session). */
    @PreAuthorize(STAFF)
    @Transactional
    public PlenaryData setAgenda(long plenaryId, List<String> agenda) {
        Plenary p = find(plenaryId);
        p.setAgenda(agenda);
        audit.record("PLENARY_AGENDA", "plenary", plenaryId, Map.of("items", p.agendaItems().size()));
        return data(p, true);
    }

    /** Every plenary, the latest year first. */
    @Transactional(readOnly = true)
    public List<PlenaryData> all() {
        boolean staff = isStaff();
        return plenaries.findAllByOrderByYearDesc().stream().map(p -> data(p, staff)).toList();
    }

    /** One plenary (public page). */
    @Transactional(readOnly = true)
    public PlenaryData get(long plenaryId) {
        return data(find(plenaryId), isStaff());
    }

    /** The plenary to show first: the next one not yet held, else the latest. */
    @Transactional(readOnly = true)
    public Optional<PlenaryData> current() {
        List<Plenary> all = plenaries.findAllByOrderByYearDesc();
        boolean staff = isStaff();
        return all.stream().filter(p -> p.getSessionStatus() != fr.agora.plenary.domain.SessionStatus.CLOSED)
                .reduce((a, b) -> b).or(() -> all.stream().findFirst()).map(p -> data(p, staff));
    }

    /** The next plenary (not yet held) if the signed-in person is invited to it (or may stand in as a suppléant). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PlenaryData> invitedTo() {
        String email = CurrentUser.email().orElse(null);
        return plenaries.findAllByOrderByYearDesc().stream()
                .filter(p -> p.getSessionStatus() != fr.agora.plenary.domain.SessionStatus.CLOSED)
                .filter(p -> representatives.findByPlenaryIdOrderByCouncilIdAscCollegeAscFullNameAsc(p.getId()).stream()
                        .anyMatch(r -> r.getCollege().invited() && r.isPerson(email, p.isSuppleantsAllowed())))
                .reduce((a, b) -> b).map(p -> data(p, false));
    }

    /** The invitation list: each conseil's representatives per collège, with the check-ins (staff). */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Invitations invitations(long plenaryId) {
        Plenary p = find(plenaryId);
        return invitations(p);
    }

    Invitations invitations(Plenary p) {
        Map<Long, String> names = p.councilsByName().stream()
                .collect(Collectors.toMap(Plenary.Council::getCouncilId, Plenary.Council::getCouncilName));
        List<Representative> reps = representatives.findByPlenaryIdOrderByCouncilIdAscCollegeAscFullNameAsc(p.getId());
        var present = attendance.findByPlenaryId(p.getId()).stream()
                .collect(Collectors.toMap(a -> a.getRepresentativeId(), Function.identity()));
        List<CouncilStatus> statuses = new ArrayList<>();
        for (Plenary.Council c : p.councilsByName()) {
            Map<Representation, Long> n = reps.stream().filter(r -> r.getCouncilId() == c.getCouncilId())
                    .collect(Collectors.groupingBy(Representative::getCollege, Collectors.counting()));
            statuses.add(new CouncilStatus(c.getCouncilId(), c.getCouncilName(),
                    n.getOrDefault(Representation.HABITANTS, 0L).intValue(),
                    n.getOrDefault(Representation.ASSOCIATIONS, 0L).intValue(),
                    n.getOrDefault(Representation.COMOP, 0L).intValue()));
        }
        List<RepresentativeData> rows = reps.stream()
                .sorted(java.util.Comparator.comparing((Representative r) -> names.getOrDefault(r.getCouncilId(), ""))
                        .thenComparing(Representative::getCollege).thenComparing(Representative::getFullName))
                .map(r -> {
                    var a = present.get(r.getId());
                    return new RepresentativeData(r.getId(), r.getCouncilId(), names.getOrDefault(r.getCouncilId(), "?"),
                            r.getCollege(), r.getMemberId(), r.getFullName(), r.getSuppleantName(), r.getBasis(),
                            r.getBasisRef(), a == null ? null : a.getAttendeeName(), a != null && a.isStandingIn());
                }).toList();
        return new Invitations(p.invitationsFinal(), statuses, rows);
    }

    /** Finalises the invitation list; refused (listing them) while a conseil has ≠ 3 in a collège. */
    @PreAuthorize(STAFF)
    @Transactional
    public Invitations finaliseInvitations(long plenaryId) {
        Plenary p = find(plenaryId);
        Invitations inv = invitations(p);
        List<String> incomplete = inv.incomplete().stream()
                .map(c -> c.councilName() + " (Habitants " + c.habitants() + ", Associations " + c.associations() + ")")
                .toList();
        try {
            p.finaliseInvitations(incomplete, CurrentUser.actor(), clock.instant());
        } catch (BusinessException e) {
            audit.recordRefusal(CurrentUser.actor(), "PLENARY_INVITATIONS_FINAL", "plenary", plenaryId,
                    Map.of("incomplete", incomplete.size()));
            throw e;
        }
        audit.record("PLENARY_INVITATIONS_FINAL", "plenary", plenaryId, Map.of("invited", inv.invited().size()));
        return invitations(p);
    }

    @PreAuthorize(STAFF)
    @Transactional
    public void draftMinutes(long plenaryId, String text) {
        Plenary p = find(plenaryId);
        if (text != null && text.length() > 100_000) {
            throw new BusinessException("plenary.error.too-long");
        }
        p.draftMinutes(text);
        audit.record("PLENARY_MINUTES_DRAFTED", "plenary", plenaryId, Map.of("chars", text == null ? 0 : text.length()));
    }

    @PreAuthorize(STAFF)
    @Transactional
    public void approveMinutes(long plenaryId, LocalDate day) {
        Plenary p = find(plenaryId);
        p.approveMinutes(day, dates.today());
        audit.record("PLENARY_MINUTES_APPROVED", "plenary", plenaryId, Map.of("on", String.valueOf(day)));
    }

    @PreAuthorize(STAFF)
    @Transactional
    public void publishMinutes(long plenaryId) {
        Plenary p = find(plenaryId);
        p.publishMinutes(clock.instant());
        audit.record("PLENARY_MINUTES_PUBLISHED", "plenary", plenaryId, Map.of());
    }

    /** The conseils of the directory, for the planning form. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<CouncilDirectory.CouncilEntry> councilChoices() {
        return councils.councils();
    }

    /** Today (Europe/Paris), for the views' defaults. */
    public LocalDate today() {
        return dates.today();
    }

    Plenary find(long id) {
        return plenaries.findById(id).orElseThrow(() -> new BusinessException("plenary.error.unknown"));
    }

    static boolean isStaff() {
        return CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN);
    }

    static PlenaryData data(Plenary p, boolean staff) {
        boolean minutesVisible = p.getMinutesStatus() == MinutesStatus.PUBLISHED || staff;
        return new PlenaryData(p.getId(), p.getYear(), p.getTitle(), p.getStartsAt(), p.getPlace(), p.agendaItems(),
                p.getQuorumPercent(), p.getAnswerMonths(), p.getContributionDeadline(), p.isSuppleantsAllowed(),
                p.invitationsFinal(), p.getSessionStatus(), p.getMinutesStatus(),
                minutesVisible ? p.getMinutesText() : null, p.getMinutesApprovedOn(),
                p.councilsByName().stream().map(Plenary.Council::getCouncilId).toList());
    }
}
