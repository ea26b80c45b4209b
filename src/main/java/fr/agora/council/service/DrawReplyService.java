package fr.agora.council.service;

import fr.agora.council.domain.CouncilDraw;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.CouncilMemberRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.domain.PoolPerson;
import fr.agora.council.domain.PoolPersonRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.draw.DrawRecord;
import fr.agora.sortition.seats.SeatLog;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drawn people's answers, recorded by the draw operator. An acceptance keeps the seat; a refusal, or a person
 * who could not be reached by the deadline, hands the same seat and position to the person of the reserve the
 * engine designates (keeping every quota of the draw), or leaves it vacant with the reason; each step is added to
 * the published seats file. The member refuses a second answer ({@link CouncilMember#accept},
 * {@link CouncilMember#decline}).
 */
@Service
public class DrawReplyService {

    private final DrawStore store;
    private final CouncilMemberRepository members;
    private final PoolPersonRepository people;
    private final MembershipService membership;
    private final DrawAppointments appointments;
    private final DrawPool pools;
    private final AuditService audit;
    private final Clock clock;

    DrawReplyService(DrawStore store, CouncilMemberRepository members, PoolPersonRepository people,
            MembershipService membership, DrawAppointments appointments, DrawPool pools, AuditService audit,
            Clock clock) {
        this.pools = pools;
        this.store = store;
        this.members = members;
        this.people = people;
        this.membership = membership;
        this.appointments = appointments;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many drawn people, in every draw, have not answered yet (the operator's dashboard). */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional(readOnly = true)
    public long pendingAnswers() {
        return members.countByDrawIdIsNotNullAndResponseAndStatus(CouncilMember.Response.PENDING,
                CouncilMember.Status.ACTIVE);
    }

    /** The drawn members of a draw, past and present, with their answers, for the operator. */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional(readOnly = true)
    public List<MemberData> drawnMembers(long drawId) {
        store.load(drawId);
        return members.findByDrawIdOrderBySeatNoAscPositionAsc(drawId).stream().map(MemberData::of).toList();
    }

    /**
     * Records a drawn person's answer. A refusal, or a person who could not be reached by the deadline, is replaced
     * on the same seat and position by the first person of the reserve (in the draw's published order) of the same
     * sex who keeps every quota the seat holders met; people already drawn or whose data were erased are skipped.
     * Without one, the place stays vacant, and the seats file says why.
     */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional
    public void respond(long memberId, CouncilMember.Response answer) {
        respond(memberId, answer, CouncilTime.today(clock), null);
    }

    /**
     * What a refusal, or a person found unreachable, would do, before the operator confirms it: who of the reserve
     * would be called to the seat, or that the place would stay vacant. Nothing is recorded. A drawn person's answer
     * cannot be undone once recorded: the replacement is added to the published seats file and invited at once.
     *
     * @return the full name of the person of the reserve who would be called, or empty for a vacancy
     */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional(readOnly = true)
    public java.util.Optional<String> previewReplacement(long memberId, CouncilMember.Response answer) {
        CouncilMember m = members.findById(memberId).orElseThrow(() -> new BusinessException("council.error.not-found"));
        if (!m.isAwaitingAnswer()) {
            throw new BusinessException(m.getDrawId() == null ? "draw.error.not-drawn" : "draw.error.not-pending");
        }
        CouncilDraw d = store.load(m.getDrawId());
        d.checkAnswerable();
        return step(d, m, answer == CouncilMember.Response.UNREACHABLE ? answer : CouncilMember.Response.DECLINED)
                .replacement().flatMap(id -> people.findById(Long.parseLong(id)))
                .map(p -> (p.getFirstName() + " " + p.getLastName()).strip());
    }

    /**
     * {@link #respond(long, CouncilMember.Response)} with the day the answer was given (or the person found
     * unreachable), not in the future, and a note: what the person said (optional), or the attempts made to reach
     * them (required for an unreachable person). Refused, and audited, otherwise.
     */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional
    public void respond(long memberId, CouncilMember.Response answer, LocalDate day, String note) {
        CouncilMember m = members.findById(memberId).orElseThrow(() -> new BusinessException("council.error.not-found"));
        if (m.getDrawId() == null) {
            throw new BusinessException("draw.error.not-drawn");
        }
        CouncilDraw d = store.lock(m.getDrawId());
        d.checkAnswerable();
        if (answer == CouncilMember.Response.ACCEPTED) {
            m.accept();
            audit.record("DRAW_MEMBER_ACCEPTED", "council", m.getCouncil().getId(), Map.of("member", memberId));
            return;
        }
        try {
            m.decline(answer, day, note, CouncilTime.today(clock));
        } catch (BusinessException e) {
            audit.recordRefusal(CurrentUser.actor(), "DRAW_RESPONSE", "council_draw", d.getId(), Map.of("member",
                    memberId, "reason", e.getMessageKey()));
            throw e;
        }
        SeatLog.Step step = replace(d, m, answer);
        PoolPerson next = step.replacement().map(id -> people.findById(Long.parseLong(id)).orElseThrow()).orElse(null);
        LocalDate deadline = appointments.deadline();
        CouncilMember successor = membership.succeedDrawn(m, next == null ? null : DrawAppointments.appointment(next),
                next == null ? null : next.getId(), deadline);
        if (next != null) {
            appointments.invite(d, next, deadline);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("member", memberId);
        details.put("answer", answer.name());
        details.put("day", day.toString());
        if (m.getResponseNote() != null) {
            details.put("note", m.getResponseNote());
        }
        details.put("seat", m.getSeatNo());
        details.put("position", m.getPosition().name());
        if (successor != null) {
            details.put("replacement", successor.getId());
        } else {
            details.put("vacant", true);
            details.put("vacancy", step.vacancy().orElse(""));
        }
        audit.record("DRAW_MEMBER_REPLACED", "council", m.getCouncil().getId(), details);
        audit.record("DRAW_RESPONSE", "council_draw", d.getId(), Map.of("member", memberId, "answer", answer.name(),
                "replacement", next == null ? "aucune" : String.valueOf(next.getId()), "seatsHash",
                step.log().lastHash()));
    }

    /**
     * The engine's replacement from the reserve ({@link fr.agora.sortition.seats.ReplacementRule}): the first person
     * of the reserve, in the published order, who keeps the pairing and every quota the seat holders met; people
     * whose data were erased cannot be called. The step is added to the draw's published seats file.
     */
    private SeatLog.Step replace(CouncilDraw d, CouncilMember leaving, CouncilMember.Response answer) {
        SeatLog.Step step = step(d, leaving, answer);
        d.recordSeats(step.log().text());
        return step;
    }

    /** The next step of the seats file if {@code leaving} left, computed without recording it. */
    private SeatLog.Step step(CouncilDraw d, CouncilMember leaving, CouncilMember.Response answer) {
        SortitionInstance instance = pools.checkedInstance(d);
        DrawRecord record = DrawRecord.parse(d.getRecordJson().getBytes(StandardCharsets.UTF_8));
        SeatLog log = SeatLog.parse(d.getSeatsLog().getBytes(StandardCharsets.UTF_8), record, instance);
        Set<String> reserve = Set.copyOf(record.reserve());
        List<String> unavailable = people.findByDrawIdOrderById(d.getId()).stream()
                .filter(p -> p.isErased() && reserve.contains(String.valueOf(p.getId())))
                .map(p -> String.valueOf(p.getId())).toList();
        return log.replace(instance, record, String.valueOf(leaving.getPoolPersonId()),
                answer == CouncilMember.Response.DECLINED ? SeatLog.Reason.DECLINED : SeatLog.Reason.UNREACHABLE,
                unavailable, CouncilTime.today(clock));
    }
}
