package fr.agora.council.service;

import fr.agora.council.MemberAppointed;
import fr.agora.council.MemberReplaced;
import fr.agora.council.domain.College;
import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.CouncilMemberRepository;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.PhoneNumber;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits in a council: appointments to a seat (titulaire and suppléant together), the end of a mandate with the
 * suppléant moving up, a vacant suppléant place filled, consent to be named in public, and the members' area. The
 * member ({@link CouncilMember}) refuses what cannot happen to it (leaving twice, leaving before being appointed...).
 * Announces {@link MemberAppointed} and {@link MemberReplaced}.
 */
@Service
public class MembershipService {

    private static final int MAX_TEXT = 160;

    private final CouncilRepository councils;
    private final CouncilMemberRepository members;
    private final CouncilService councilService;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final CouncilSettings settings;
    private final Clock clock;

    MembershipService(CouncilRepository councils, CouncilMemberRepository members, CouncilService councilService,
            AuditService audit, ApplicationEventPublisher events, CouncilSettings settings, Clock clock) {
        this.settings = settings;
        this.councils = councils;
        this.members = members;
        this.councilService = councilService;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Appoints a titulaire and a suppléant to the next free seat of a collège. Seats of the Collège Habitants and the
     * associations' seats are bounded by the seat count; membres de droit (one seat per comité de quartier) are not.
     *
     * @return the seat number
     */
    @PreAuthorize(CouncilService.APPOINTERS)
    @Transactional
    public int appoint(long councilId, College college, MemberOrigin origin, Appointment titulaire,
            Appointment suppleant) {
        return appointChecked(councilId, college, origin, titulaire, suppleant);
    }

    /**
     * The seats of a collège not yet held by an active titulaire. Membres de droit take a seat only when the council
     * counts them in the parity.
     */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional(readOnly = true)
    public int freeSeats(long councilId, College college) {
        Council c = councils.findByIdWithTerritories(councilId)
                .orElseThrow(() -> new BusinessException("council.error.not-found"));
        List<CouncilMember> active = members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(councilId,
                CouncilMember.Status.ACTIVE);
        return CouncilService.free(councilService.data(c, active), active, college);
    }

    /**
     * {@link #appoint} without the role check, for a service that checked itself who may appoint: a comité de
     * quartier's officer designating its membres de droit ({@link ComiteDesignationService}), the draw.
     */
    @Transactional
    int appointChecked(long councilId, College college, MemberOrigin origin, Appointment titulaire,
            Appointment suppleant) {
        Council c = councils.findByIdWithTerritories(councilId)
                .orElseThrow(() -> new BusinessException("council.error.not-found"));
        checkOrigin(college, origin);
        check(titulaire);
        check(suppleant);
        List<CouncilMember> active = members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(councilId,
                CouncilMember.Status.ACTIVE);
        CouncilData d = councilService.data(c, active);
        if (CouncilService.bounded(origin, d) && CouncilService.free(d, active, college) <= 0) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_APPOINT", "council", councilId,
                    Map.of("college", college.name(), "reason", "no free seat"));
            throw new BusinessException("council.error.no-free-seat",
                    college == College.HABITANTS ? d.habitantSeats() : d.associationSeats());
        }
        int seat = active.stream().filter(m -> m.getCollege() == college).mapToInt(CouncilMember::getSeatNo).max()
                .orElse(0) + 1;
        CouncilMember t = seat(c, college, seat, SeatPosition.TITULAIRE, origin, titulaire);
        CouncilMember s = seat(c, college, seat, SeatPosition.SUPPLEANT, origin, suppleant);
        audit.record("COUNCIL_APPOINTED", "council", councilId, Map.of("college", college.name(), "seat", seat,
                "origin", origin.name(), "titulaire", t.getId(), "suppleant", s.getId()));
        return seat;
    }

    /**
     * Appoints a titulaire and a suppléant drawn from {@code drawId}'s pool to the next free seat of the Collège
     * Habitants, each awaiting an answer before {@code deadline} (called by the draw, which checked the operator).
     */
    @Transactional
    int appointDrawn(long councilId, long drawId, Appointment titulaire, long titulairePool, Appointment suppleant,
            long suppleantPool, LocalDate deadline) {
        int seat = appointChecked(councilId, College.HABITANTS, MemberOrigin.DRAW, titulaire, suppleant);
        for (CouncilMember m : members.findByCouncilIdAndCollegeAndSeatNoAndStatus(councilId, College.HABITANTS, seat,
                CouncilMember.Status.ACTIVE)) {
            m.drawnFrom(drawId, m.getPosition() == SeatPosition.TITULAIRE ? titulairePool : suppleantPool, deadline);
        }
        return seat;
    }

    /**
     * A drawn person who left (declined, unreachable) is succeeded on the same seat and position by
     * {@code replacement}, drawn from the same pool and awaiting an answer; without one the place stays vacant.
     *
     * @return the successor, or null
     */
    @Transactional
    CouncilMember succeedDrawn(CouncilMember left, Appointment replacement, Long replacementPool, LocalDate deadline) {
        CouncilMember successor = null;
        if (replacement != null) {
            check(replacement);
            successor = seat(left.getCouncil(), left.getCollege(), left.getSeatNo(), left.getPosition(),
                    MemberOrigin.DRAW, replacement);
            successor.drawnFrom(left.getDrawId(), replacementPool, deadline);
        }
        events.publishEvent(new MemberReplaced(left.getCouncil().getId(), left.getId(),
                successor == null ? null : successor.getId(), left.getResponse().name(), left.getEndDate()));
        return successor;
    }

    /**
     * Staff end a member's mandate ("Fin de mandat") on {@code day} (not in the future) for {@code reason}. When a
     * titulaire leaves, the suppléant of the same seat becomes titulaire and the suppléant place is vacant until
     * someone is appointed to it ({@link #fillSuppleant}). The end can be undone within
     * {@code agora.council.undo-minutes} ({@link #undoEnd}).
     */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional
    public void resign(long memberId, LocalDate day, String reason) {
        CouncilMember m = member(memberId);
        long councilId = m.getCouncil().getId();
        CouncilMember promoted = m.getPosition() != SeatPosition.TITULAIRE || !m.isActive() ? null
                : members.findByCouncilIdAndCollegeAndSeatNoAndStatus(councilId, m.getCollege(), m.getSeatNo(),
                        CouncilMember.Status.ACTIVE).stream().filter(o -> o.getPosition() == SeatPosition.SUPPLEANT)
                        .findFirst().orElse(null);
        try {
            m.endMandate(day, reason, CouncilTime.today(clock), clock.instant(), CurrentUser.actor(),
                    promoted == null ? null : promoted.getId());
        } catch (BusinessException e) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_MEMBER_LEFT", "council", councilId,
                    Map.of("member", memberId, "reason", e.getMessageKey()));
            throw e;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("member", memberId);
        details.put("college", m.getCollege().name());
        details.put("seat", m.getSeatNo());
        details.put("position", m.getPosition().name());
        details.put("day", day.toString());
        details.put("reason", m.getEndReason());
        if (promoted != null) {
            promoted.becomeTitulaire();
            details.put("promoted", promoted.getId());
        }
        audit.record("COUNCIL_MEMBER_LEFT", "council", councilId, details);
        events.publishEvent(new MemberReplaced(councilId, memberId, promoted == null ? null : promoted.getId(), "LEFT",
                day));
    }

    /**
     * Undoes an end of mandate recorded by mistake, within {@code agora.council.undo-minutes} (the member refuses
     * after): the member sits again, and the suppléant who had moved up goes back to suppléant. Refused, and audited,
     * when the seat changed since (someone was appointed to the place).
     */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional
    public void undoEnd(long memberId) {
        CouncilMember m = member(memberId);
        long councilId = m.getCouncil().getId();
        List<CouncilMember> seat = members.findByCouncilIdAndCollegeAndSeatNoAndStatus(councilId, m.getCollege(),
                m.getSeatNo(), CouncilMember.Status.ACTIVE);
        Long promotedId;
        try {
            Long promoted = m.getPromotedMemberId();
            boolean changed = !m.isActive() && (promoted == null
                    ? seat.stream().anyMatch(o -> o.getPosition() == m.getPosition())
                    : seat.stream().anyMatch(o -> o.getPosition() == SeatPosition.SUPPLEANT)
                            || seat.stream().noneMatch(o -> o.getId().equals(promoted)
                                    && o.getPosition() == SeatPosition.TITULAIRE));
            if (changed) {
                throw new BusinessException("council.error.undo-seat-changed");
            }
            promotedId = m.reinstate(clock.instant(), settings.undoWindow());
        } catch (BusinessException e) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_MEMBER_END_UNDONE", "council", councilId,
                    Map.of("member", memberId, "reason", e.getMessageKey()));
            throw e;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("member", memberId);
        details.put("seat", m.getSeatNo());
        if (promotedId != null) {
            CouncilMember promoted = member(promotedId);
            promoted.backToSuppleant();
            details.put("demoted", promotedId);
        }
        audit.record("COUNCIL_MEMBER_END_UNDONE", "council", councilId, details);
    }

    /**
     * Staff record a member's answer about being named on the public page (for example collected on paper, or for a
     * drawn member whose pool entry carried no consent).
     */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional
    public void recordPublicConsent(long memberId, boolean consent) {
        CouncilMember m = member(memberId);
        m.consentToPublication(consent);
        audit.record("COUNCIL_MEMBER_CONSENT", "council", m.getCouncil().getId(), Map.of("member", memberId,
                "consent", consent, "by", "staff"));
    }

    /** A member chooses, from the members' area, whether their name appears on the council's public page. */
    @PreAuthorize("hasRole('" + Role.Names.COUNCIL_MEMBER + "')")
    @Transactional
    public void setMyPublicConsent(long memberId, boolean consent) {
        CouncilMember m = member(memberId);
        String me = CurrentUser.email().orElseThrow();
        if (!me.equalsIgnoreCase(m.getEmail()) || !m.isActive()) {
            audit.recordRefusal(me, "COUNCIL_MEMBER_CONSENT", "council", m.getCouncil().getId(),
                    Map.of("member", memberId, "reason", "not the member's own seat"));
            throw new BusinessException("council.error.not-yours");
        }
        m.consentToPublication(consent);
        audit.record("COUNCIL_MEMBER_CONSENT", "council", m.getCouncil().getId(), Map.of("member", memberId,
                "consent", consent, "by", "member"));
    }

    /** Appoints a suppléant to a seat whose suppléant place is vacant. */
    @PreAuthorize(CouncilService.APPOINTERS)
    @Transactional
    public void fillSuppleant(long councilId, College college, int seatNo, MemberOrigin origin, Appointment person) {
        Council c = councils.findByIdWithTerritories(councilId)
                .orElseThrow(() -> new BusinessException("council.error.not-found"));
        check(person);
        List<CouncilMember> seat = members.findByCouncilIdAndCollegeAndSeatNoAndStatus(councilId, college, seatNo,
                CouncilMember.Status.ACTIVE);
        if (seat.isEmpty() || seat.stream().anyMatch(m -> m.getPosition() == SeatPosition.SUPPLEANT)) {
            throw new BusinessException("council.error.no-vacancy");
        }
        CouncilMember s = seat(c, college, seatNo, SeatPosition.SUPPLEANT, origin, person);
        audit.record("COUNCIL_SUPPLEANT_APPOINTED", "council", councilId, Map.of("college", college.name(),
                "seat", seatNo, "member", s.getId()));
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
                mine.put(councilService.data(c, active), active.stream().map(MemberData::of).toList());
            }
        }
        return mine;
    }

    /** Seats one person and announces it. */
    private CouncilMember seat(Council c, College college, int seat, SeatPosition position, MemberOrigin origin,
            Appointment a) {
        LocalDate today = CouncilTime.today(clock);
        Instant now = clock.instant();
        String email = a.email() == null || a.email().isBlank() ? null : EmailAddress.normalise(a.email());
        String phone = a.phone() == null || a.phone().isBlank() ? null : a.phone().strip();
        String organisation = a.organisation() == null || a.organisation().isBlank() ? null : a.organisation().strip();
        CouncilMember m = members.save(new CouncilMember(c, college, seat, position, origin, a.fullName().strip(),
                organisation, email, phone, a.publicConsent(), today, now));
        events.publishEvent(new MemberAppointed(c.getId(), m.getId(), college.name(), seat, position.name(),
                origin.name(), today));
        return m;
    }

    private CouncilMember member(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new BusinessException("council.error.not-found"));
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
}
