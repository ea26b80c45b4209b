package fr.agora.meetings.service;

import fr.agora.meetings.domain.Attendance;
import fr.agora.meetings.domain.AttendanceRepository;
import fr.agora.meetings.domain.Decision;
import fr.agora.meetings.domain.DecisionRepository;
import fr.agora.meetings.domain.Meeting;
import fr.agora.meetings.domain.MeetingAnswerRepository;
import fr.agora.meetings.domain.MeetingRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
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
 * The meeting itself, from a phone: check-in of each member (by a manager, or a member for themselves), the quorum
 * from the body's rule shown before any decision, decisions with their votes (only when the quorum is met), and the
 * minutes: draft, approved (at the next meeting or by the members, with the date), then published.
 */
@Service
public class SessionService {

    private final MeetingRepository meetings;
    private final AttendanceRepository attendance;
    private final DecisionRepository decisions;
    private final MeetingAnswerRepository answers;
    private final MeetingService planning;
    private final Bodies bodies;
    private final AuditService audit;
    private final Clock clock;

    SessionService(MeetingRepository meetings, AttendanceRepository attendance, DecisionRepository decisions,
            MeetingAnswerRepository answers, MeetingService planning, Bodies bodies, AuditService audit, Clock clock) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.decisions = decisions;
        this.answers = answers;
        this.planning = planning;
        this.bodies = bodies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The session page: members with answers and check-ins, quorum, decisions. Managers only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SessionView session(long meetingId) {
        Meeting m = find(meetingId);
        bodies.checkManage(m.getBody(), "MEETING_SESSION_READ", meetingId);
        Map<String, Boolean> answered = answers.findByMeeting(meetingId).stream()
                .collect(Collectors.toMap(a -> a.getMemberKey(), a -> a.isPresent()));
        Set<String> in = attendance.findByMeeting(meetingId).stream().map(Attendance::getMemberKey).collect(Collectors.toSet());
        List<SessionView.Row> rows = bodies.members(m.getBody()).stream()
                .map(x -> new SessionView.Row(x.key(), x.name(), x.role(), answered.get(x.key()), in.contains(x.key())))
                .toList();
        return new SessionView(planning.detail(m), rows, quorum(m),
                decisions.findByMeeting(meetingId).stream().map(SessionService::data).toList());
    }

    /** A manager checks a member in. Refused for someone who is not a member of the body. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Quorum checkIn(long meetingId, String memberKey) {
        Meeting m = find(meetingId);
        bodies.checkManage(m.getBody(), "MEETING_CHECK_IN", meetingId);
        MemberData member = bodies.members(m.getBody()).stream().filter(x -> x.key().equals(memberKey)).findFirst()
                .orElseThrow(() -> refuse(meetingId, memberKey));
        return record(m, member);
    }

    /** A member checks themselves in from their phone. Refused for someone who is not a member of the body. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Quorum checkInMyself(long meetingId) {
        Meeting m = find(meetingId);
        String email = CurrentUser.email().orElseThrow();
        MemberData member = bodies.memberByEmail(m.getBody(), email).orElseThrow(() -> refuse(meetingId, email));
        return record(m, member);
    }

    private Quorum record(Meeting m, MemberData member) {
        if (!attendance.exists(m.getId(), member.key())) {
            attendance.save(new Attendance(m, member.key(), member.name(), member.voting(), CurrentUser.actor(),
                    clock.instant()));
            audit.record("MEETING_CHECK_IN", "meeting", m.getId(), Map.of("member", member.key()));
        }
        return quorum(m);
    }

    private BusinessException refuse(long meetingId, String who) {
        audit.recordRefusal(CurrentUser.actor(), "MEETING_CHECK_IN", "meeting", meetingId,
                Map.of("reason", "not a member", "who", who));
        return new BusinessException("meetings.error.not-member");
    }

    /** The quorum now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Quorum quorum(long meetingId) {
        return quorum(find(meetingId));
    }

    Quorum quorum(Meeting m) {
        List<MemberData> members = bodies.members(m.getBody());
        Set<String> in = attendance.findByMeeting(m.getId()).stream().map(Attendance::getMemberKey).collect(Collectors.toSet());
        int voting = (int) members.stream().filter(MemberData::voting).count();
        int present = 0;
        for (MemberData x : members) {
            if (x.voting() && in.contains(x.key())) {
                present++;
            } else if (!x.voting() && x.titulaireKey() != null && in.contains(x.key()) && !in.contains(x.titulaireKey())) {
                present++; // the suppléant sits in place of an absent titulaire
            }
        }
        return new Quorum(voting, present, m.getBody().quorumFor(voting), m.getBody().getQuorumPercent());
    }

    /** Records a decision with its votes. Refused without quorum or with more votes than voting members present. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public DecisionData decide(long meetingId, String title, int votesFor, int votesAgainst, int abstentions) {
        Meeting m = find(meetingId);
        bodies.checkManage(m.getBody(), "MEETING_DECISION", meetingId);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > Decision.MAX_TITLE) {
            throw new BusinessException("meetings.error.title-required");
        }
        Quorum q = quorum(m);
        Decision d = decisions.save(new Decision(m, t, votesFor, votesAgainst, abstentions, q.votingPresent(),
                q.required(), CurrentUser.actor(), clock.instant()));
        audit.record("MEETING_DECISION_RECORDED", "meeting", meetingId,
                Map.of("decision", d.getId(), "for", votesFor, "against", votesAgainst, "abstentions", abstentions));
        return data(d);
    }

    /** Writes the draft minutes (never public). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void draftMinutes(long meetingId, String text) {
        Meeting m = find(meetingId);
        bodies.checkManage(m.getBody(), "MEETING_MINUTES_DRAFT", meetingId);
        if (text != null && text.length() > 100_000) {
            throw new BusinessException("meetings.error.too-long");
        }
        m.draftMinutes(text);
        audit.record("MEETING_MINUTES_DRAFTED", "meeting", meetingId, Map.of("chars", text == null ? 0 : text.length()));
    }

    /** Records the approval of the draft on {@code day}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void approveMinutes(long meetingId, LocalDate day) {
        Meeting m = find(meetingId);
        bodies.checkManage(m.getBody(), "MEETING_MINUTES_APPROVE", meetingId);
        m.approveMinutes(day, Paris.date(clock.instant()));
        audit.record("MEETING_MINUTES_APPROVED", "meeting", meetingId, Map.of("on", String.valueOf(day)));
    }

    /** Publishes approved minutes, publicly or for members only. Refused before approval. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void publishMinutes(long meetingId, boolean publicly) {
        Meeting m = find(meetingId);
        bodies.checkManage(m.getBody(), "MEETING_MINUTES_PUBLISH", meetingId);
        m.publishMinutes(publicly, clock.instant());
        audit.record("MEETING_MINUTES_PUBLISHED", "meeting", meetingId, Map.of("public", publicly));
    }

    private Meeting find(long id) {
        return meetings.findWithBody(id).orElseThrow(() -> new BusinessException("meetings.error.unknown"));
    }

    static DecisionData data(Decision d) {
        return new DecisionData(d.getId(), d.getTitle(), d.getVotesFor(), d.getVotesAgainst(), d.getAbstentions(),
                d.getVotingPresent(), d.getQuorumRequired(), d.isAdopted());
    }
}
