package fr.agora.meetings.service;

import fr.agora.meetings.domain.Contribution;
import fr.agora.meetings.domain.ContributionRepository;
import fr.agora.meetings.domain.Meeting;
import fr.agora.meetings.domain.MeetingAnswer;
import fr.agora.meetings.domain.MeetingAnswerRepository;
import fr.agora.meetings.domain.MeetingBody;
import fr.agora.meetings.domain.MeetingBodyRepository;
import fr.agora.meetings.domain.MeetingRepository;
import fr.agora.meetings.domain.MeetingStatus;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AccountRef;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.MailService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members and residents do before a meeting: send a contribution before its deadline (managers accept it into
 * the agenda pack or decline it), answer a convocation present or absent (a titulaire's absence notifies their
 * suppléant), and the members' space.
 */
@Service
public class ParticipationService {

    private final MeetingRepository meetings;
    private final MeetingBodyRepository bodyRows;
    private final ContributionRepository contributions;
    private final MeetingAnswerRepository answers;
    private final AccountDirectory users;
    private final Bodies bodies;
    private final MailService mail;
    private final AuditService audit;
    private final Clock clock;
    private final String publicUrl;

    ParticipationService(MeetingRepository meetings, MeetingBodyRepository bodyRows, ContributionRepository contributions,
            MeetingAnswerRepository answers, AccountDirectory users, Bodies bodies, MailService mail,
            AuditService audit, Clock clock, @Value("${agora.public-url}") String publicUrl) {
        this.meetings = meetings;
        this.bodyRows = bodyRows;
        this.contributions = contributions;
        this.answers = answers;
        this.users = users;
        this.bodies = bodies;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /**
     * A signed-in member or resident sends a contribution. Refused after the deadline, and for a members-only
     * meeting when the person is not a member.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContributionData contribute(long meetingId, String title, String body) {
        Meeting m = find(meetingId);
        String email = CurrentUser.email().orElseThrow();
        if (!m.isPublicMeeting() && bodies.memberByEmail(m.getBody(), email).isEmpty() && !bodies.canManage(m.getBody())) {
            throw new BusinessException("meetings.error.members-only");
        }
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > Contribution.MAX_TITLE) {
            throw new BusinessException("meetings.error.title-required");
        }
        if (b.isEmpty() || b.length() > Contribution.MAX_BODY) {
            throw new BusinessException("meetings.error.contribution-text");
        }
        String name = users.byEmail(email).map(AccountRef::displayName).orElse(email);
        Contribution c = contributions.save(new Contribution(m, email, name, t, b, clock.instant()));
        audit.record("MEETING_CONTRIBUTION_SENT", "meeting", meetingId, Map.of("contribution", c.getId()));
        return data(c);
    }

    /** The contributions to a meeting, for its managers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContributionData> contributions(long meetingId) {
        Meeting m = find(meetingId);
        bodies.checkManage(m.getBody(), "MEETING_CONTRIBUTIONS_READ", meetingId);
        return contributions.findByMeeting(meetingId).stream().map(ParticipationService::data).toList();
    }

    /** A manager accepts a contribution (it joins the agenda pack) or declines it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContributionData decide(long contributionId, boolean accept) {
        Contribution c = contributions.findById(contributionId)
                .orElseThrow(() -> new BusinessException("meetings.error.unknown"));
        bodies.checkManage(c.getMeeting().getBody(), "MEETING_CONTRIBUTION_DECIDE", contributionId);
        if (accept) {
            c.accept(CurrentUser.actor());
        } else {
            c.reject(CurrentUser.actor());
        }
        audit.record(accept ? "MEETING_CONTRIBUTION_ACCEPTED" : "MEETING_CONTRIBUTION_DECLINED", "meeting",
                c.getMeeting().getId(), Map.of("contribution", contributionId));
        return data(c);
    }

    /**
     * The signed-in member answers the convocation. When a titulaire says they will be absent, their suppléant is
     * told by mail. Refused for someone who is not a member of the body, and once the meeting has started.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void answer(long meetingId, boolean present) {
        Meeting m = find(meetingId);
        String email = CurrentUser.email().orElseThrow();
        MemberData me = bodies.memberByEmail(m.getBody(), email).orElseThrow(() -> {
            audit.recordRefusal(email, "MEETING_ANSWER", "meeting", meetingId, Map.of("reason", "not a member"));
            return new BusinessException("meetings.error.not-member");
        });
        Instant now = clock.instant();
        boolean changed = answers.find(meetingId, me.key())
                .map(a -> a.change(present, now))
                .orElseGet(() -> {
                    answers.save(new MeetingAnswer(m, me.key(), me.name(), present, now));
                    return true;
                });
        audit.record(present ? "MEETING_ANSWER_PRESENT" : "MEETING_ANSWER_ABSENT", "meeting", meetingId,
                Map.of("member", me.key()));
        if (changed && !present && me.suppleantKey() != null) {
            bodies.members(m.getBody()).stream().filter(s -> s.key().equals(me.suppleantKey()) && s.email() != null)
                    .findFirst().ifPresent(s -> mail.send(s.email(), "Absence de votre titulaire : " + m.getTitle(),
                            "Bonjour " + s.name() + ",\n\n" + me.name() + ", dont vous êtes suppléant·e, sera absent·e "
                                    + "à la réunion « " + m.getTitle() + " » de " + m.getBody().getName() + " le "
                                    + Paris.shown(m.getStartsAt(), Locale.FRENCH) + " (" + m.getPlace() + ").\n"
                                    + "Vous êtes invité·e à y siéger à sa place : " + publicUrl + "/reunions/"
                                    + m.getId() + "\n"));
        }
    }

    /** The signed-in member's space: their bodies, next meetings, minutes to approve and fellow members. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MemberSpace mySpace() {
        String email = CurrentUser.email().orElseThrow();
        Instant now = clock.instant();
        List<MemberSpace.BodySpace> result = new ArrayList<>();
        for (BodyData b : bodies.bodiesOf(email)) {
            MeetingBody row = bodyRows.findByBodyKey(b.key()).orElse(null);
            List<MemberData> members = row == null ? List.of() : bodies.members(row);
            String myKey = row == null ? null : bodies.memberByEmail(row, email).map(MemberData::key).orElse(null);
            List<MeetingSummary> upcoming = row == null ? List.of()
                    : meetings.findOfBodiesBetween(List.of(row.getId()), now.minusSeconds(6 * 3600),
                            now.plusSeconds(366L * 86400)).stream()
                            .filter(x -> x.getStatus() != MeetingStatus.CANCELLED).map(MeetingService::summary).toList();
            List<MeetingSummary> drafts = row == null ? List.of()
                    : meetings.findDraftMinutes(List.of(row.getId())).stream().map(MeetingService::summary).toList();
            List<MemberSpace.MemberCard> cards = members.stream().map(x -> new MemberSpace.MemberCard(x.name(), x.role(),
                    x.shareContact() || email.equalsIgnoreCase(x.email()) ? x.email() : null,
                    x.shareContact() || email.equalsIgnoreCase(x.email()) ? x.phone() : null)).toList();
            result.add(new MemberSpace.BodySpace(b, myKey, upcoming, drafts, cards));
        }
        return new MemberSpace(result);
    }

    /** The answers to a meeting's convocation, for its managers: member key → present. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Boolean> answers(long meetingId) {
        Meeting m = find(meetingId);
        bodies.checkManage(m.getBody(), "MEETING_ANSWERS_READ", meetingId);
        Map<String, Boolean> result = new java.util.LinkedHashMap<>();
        answers.findByMeeting(meetingId).forEach(a -> result.put(a.getMemberKey(), a.isPresent()));
        return result;
    }

    private Meeting find(long id) {
        return meetings.findWithBody(id).orElseThrow(() -> new BusinessException("meetings.error.unknown"));
    }

    static ContributionData data(Contribution c) {
        return new ContributionData(c.getId(), c.getMeeting().getId(), c.getAuthorName(), c.getTitle(), c.getBody(),
                c.getStatus(), c.getSubmittedAt());
    }
}
