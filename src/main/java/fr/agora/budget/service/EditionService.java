package fr.agora.budget.service;

import fr.agora.budget.domain.ClassAccount;
import fr.agora.budget.domain.ClassAccountRepository;
import fr.agora.budget.domain.Edition;
import fr.agora.budget.domain.EditionRepository;
import fr.agora.budget.domain.Envelope;
import fr.agora.budget.domain.PhaseSchedule;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editions of the budget participatif: their total, envelopes, phases and commission, edited by staff; read by
 * everyone with what is open today. Also the class accounts of the Classes citoyennes.
 */
@Service
public class EditionService {

    private final EditionRepository editions;
    private final ClassAccountRepository classes;
    private final BudgetAccess access;
    private final AuditService audit;
    private final Clock clock;

    EditionService(EditionRepository editions, ClassAccountRepository classes, BudgetAccess access, AuditService audit,
            Clock clock) {
        this.editions = editions;
        this.classes = classes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every edition, newest first. */
    @Transactional(readOnly = true)
    public List<EditionData> all() {
        LocalDate today = access.today();
        return editions.findAllByOrderByYearDesc().stream().map(e -> EditionData.of(e, today)).toList();
    }

    /** The edition running today, else the most recent one. */
    @Transactional(readOnly = true)
    public Optional<EditionData> current() {
        LocalDate today = access.today();
        List<Edition> all = editions.findAllByOrderByYearDesc();
        return all.stream().filter(e -> e.runningOn(today)).findFirst().or(() -> all.stream().findFirst())
                .map(e -> EditionData.of(e, today));
    }

    @Transactional(readOnly = true)
    public EditionData edition(long id) {
        return EditionData.of(load(id), access.today());
    }

    /** Creates an edition (staff). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public EditionData create(EditionForm form) {
        if (editions.existsByYear(form.year())) {
            throw new BusinessException("budget.edition.duplicate", form.year());
        }
        Edition e = new Edition(form.year(), form.title(), form.totalEuros(), clock.instant());
        apply(e, form);
        editions.save(e);
        audit.record("BUDGET_EDITION_CREATED", "budget_edition", e.getId(), details(e));
        return EditionData.of(e, access.today());
    }

    /** Changes an edition's total, envelopes and phases (staff); the envelopes never exceed the total. */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public EditionData update(long id, EditionForm form) {
        Edition e = load(id);
        Optional<Edition> sameYear = editions.findByYear(form.year());
        if (sameYear.isPresent() && !sameYear.get().getId().equals(id)) {
            throw new BusinessException("budget.edition.duplicate", form.year());
        }
        // the envelopes first when the total grows, the total first when it shrinks: each step stays valid
        if (form.totalEuros() >= e.getTotalEuros()) {
            e.describe(form.year(), form.title(), form.totalEuros());
            apply(e, form);
        } else {
            apply(e, form);
            e.describe(form.year(), form.title(), form.totalEuros());
        }
        audit.record("BUDGET_EDITION_UPDATED", "budget_edition", id, details(e));
        return EditionData.of(e, access.today());
    }

    private static void apply(Edition e, EditionForm form) {
        e.setReviewDays(form.reviewDays());
        e.setEnvelopes(form.envelopes().stream()
                .map(v -> new Envelope(v.code() == null ? null : v.code().strip().toUpperCase(Locale.ROOT), v.name(),
                        v.kind(), v.territoryId(), v.amountEuros()))
                .toList());
        e.setPhases(form.phases().stream().map(p -> new PhaseSchedule(p.phase(), p.startsOn(), p.endsOn(),
                p.proposalsOpen(), p.flagsOpen(), p.followingOpen())).toList());
    }

    /** Adds a member to an edition's commission citoyenne (staff). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public EditionData addCommissionMember(long id, String email) {
        Edition e = load(id);
        String m = requireEmail(email);
        e.addCommissionMember(m);
        audit.record("BUDGET_COMMISSION_MEMBER_ADDED", "budget_edition", id, Map.of("member", m));
        return EditionData.of(e, access.today());
    }

    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public EditionData removeCommissionMember(long id, String email) {
        Edition e = load(id);
        if (email != null && e.removeCommissionMember(email)) {
            audit.record("BUDGET_COMMISSION_MEMBER_REMOVED", "budget_edition", id, Map.of("member", email.strip()));
        }
        return EditionData.of(e, access.today());
    }

    /** Opens a Classes citoyennes class account for a teacher (staff). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public ClassData createClass(String teacherEmail, String school, String classLabel) {
        ClassAccount c = classes.save(new ClassAccount(requireEmail(teacherEmail), school, classLabel, clock.instant()));
        audit.record("BUDGET_CLASS_CREATED", "budget_class", c.getId(), Map.of("teacher", c.getTeacherEmail(),
                "school", c.getSchool(), "class", c.getClassLabel()));
        return ClassData.of(c);
    }

    /** Every class account (staff). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ClassData> classes() {
        return classes.findAll().stream().map(ClassData::of).sorted(Comparator.comparing(ClassData::displayName)).toList();
    }

    /** The class accounts the signed-in teacher manages. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClassData> myClasses() {
        return classes.findByTeacherEmailOrderByClassLabelAsc(access.email()).stream().map(ClassData::of).toList();
    }

    Edition load(long id) {
        return editions.findById(id).orElseThrow(() -> new BusinessException("budget.edition.unknown"));
    }

    static String requireEmail(String email) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!e.matches("^[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}$")) {
            throw new BusinessException("budget.email.invalid");
        }
        return e;
    }

    private static Map<String, Object> details(Edition e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("year", e.getYear());
        d.put("total", e.getTotalEuros());
        d.put("envelopes", e.getEnvelopes().stream().map(v -> v.getCode() + "=" + v.getAmountEuros()).toList());
        d.put("phases", e.getPhases().stream().map(p -> p.getPhase() + ":" + p.getStartsOn() + ".." + p.getEndsOn()).toList());
        return d;
    }
}
