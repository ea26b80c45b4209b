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
import fr.agora.sortition.draw.DrawRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drawn people's answers, recorded by the draw operator. An acceptance keeps the seat; a refusal, or a person
 * who could not be reached by the deadline, hands the same seat and position to the next person of the reserve. The
 * member refuses a second answer ({@link CouncilMember#accept}, {@link CouncilMember#decline}).
 */
@Service
public class DrawReplyService {

    private final DrawStore store;
    private final CouncilMemberRepository members;
    private final PoolPersonRepository people;
    private final MembershipService membership;
    private final DrawAppointments appointments;
    private final AuditService audit;
    private final Clock clock;

    DrawReplyService(DrawStore store, CouncilMemberRepository members, PoolPersonRepository people,
            MembershipService membership, DrawAppointments appointments, AuditService audit, Clock clock) {
        this.store = store;
        this.members = members;
        this.people = people;
        this.membership = membership;
        this.appointments = appointments;
        this.audit = audit;
        this.clock = clock;
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
     * on the same seat and position by the next person of the reserve (in the draw's published order) of the same
     * sex, so that parity holds; people already drawn or whose data were erased are skipped. Without one, the place
     * stays vacant.
     */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional
    public void respond(long memberId, CouncilMember.Response answer) {
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
            m.decline(answer, CouncilTime.today(clock));
        } catch (BusinessException e) {
            audit.recordRefusal(CurrentUser.actor(), "DRAW_RESPONSE", "council_draw", d.getId(), Map.of("member",
                    memberId, "reason", e.getMessageKey()));
            throw e;
        }
        PoolPerson next = nextInReserve(d, m);
        LocalDate deadline = appointments.deadline();
        CouncilMember successor = membership.succeedDrawn(m, next == null ? null : DrawAppointments.appointment(next),
                next == null ? null : next.getId(), deadline);
        if (next != null) {
            appointments.invite(d, next, deadline);
        }
        audit.record("DRAW_MEMBER_REPLACED", "council", m.getCouncil().getId(), successor == null
                ? Map.of("member", memberId, "answer", answer.name(), "seat", m.getSeatNo(), "position",
                        m.getPosition().name(), "vacant", true)
                : Map.of("member", memberId, "answer", answer.name(), "seat", m.getSeatNo(), "position",
                        m.getPosition().name(), "replacement", successor.getId()));
        audit.record("DRAW_RESPONSE", "council_draw", d.getId(), Map.of("member", memberId, "answer", answer.name(),
                "replacement", next == null ? "aucune" : String.valueOf(next.getId())));
    }

    /** The first person of the reserve, in the published order, of the same sex, not yet drawn and not erased. */
    private PoolPerson nextInReserve(CouncilDraw d, CouncilMember left) {
        DrawRecord r = DrawRecord.parse(d.getRecordJson().getBytes(StandardCharsets.UTF_8));
        Map<String, PoolPerson> byId = people.findByDrawIdOrderById(d.getId()).stream()
                .collect(Collectors.toMap(p -> String.valueOf(p.getId()), p -> p));
        Set<Long> used = members.findByDrawIdOrderBySeatNoAscPositionAsc(d.getId()).stream()
                .map(CouncilMember::getPoolPersonId).collect(Collectors.toSet());
        String sex = byId.get(String.valueOf(left.getPoolPersonId())).getSex();
        return r.reserve().stream().map(byId::get)
                .filter(p -> p != null && !used.contains(p.getId()) && !p.isErased() && p.getSex().equals(sex))
                .findFirst().orElse(null);
    }
}
