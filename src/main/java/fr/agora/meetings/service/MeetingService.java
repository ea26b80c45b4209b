package fr.agora.meetings.service;

import fr.agora.meetings.domain.Meeting;
import fr.agora.meetings.domain.MeetingAnswerRepository;
import fr.agora.meetings.domain.MeetingBody;
import fr.agora.meetings.domain.MeetingRepository;
import fr.agora.meetings.domain.MeetingStatus;
import fr.agora.meetings.domain.MinutesStatus;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning and convocation: a manager of a body (staff, or a comité's officer for their own comité) plans a meeting
 * in the future with its agenda, changes or cancels it, and convokes every member by mail with an {@code .ics}
 * attachment. Anyone reads public meetings; members-only meetings are shown to members and managers.
 */
@Service
public class MeetingService {

    private final MeetingRepository meetings;
    private final MeetingAnswerRepository answers;
    private final Bodies bodies;
    private final ConvocationMailer mailer;
    private final AuditService audit;
    private final Clock clock;
    private final String publicUrl;

    MeetingService(MeetingRepository meetings, MeetingAnswerRepository answers, Bodies bodies, ConvocationMailer mailer,
            AuditService audit, Clock clock, @Value("${agora.public-url}") String publicUrl) {
        this.meetings = meetings;
        this.answers = answers;
        this.bodies = bodies;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** Plans a meeting. Refused in the past, for a body the person does not manage, or with bad input. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MeetingDetail plan(MeetingForm form) {
        MeetingBody body = bodies.ensure(form.bodyKey());
        bodies.checkManage(body, "MEETING_PLAN", form.bodyKey());
        Times t = times(form);
        Meeting m = new Meeting(body, title(form), t.start, t.end, place(form, body), link(form.remoteLink()),
                form.publicMeeting(), t.deadline, CurrentUser.actor(), clock.instant());
        m.setAgenda(agenda(form.agenda()));
        meetings.save(m);
        audit.record("MEETING_PLANNED", "meeting", m.getId(), Map.of("body", body.getBodyKey(), "title", m.getTitle()));
        return detail(m);
    }

    /** Changes a planned meeting. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MeetingDetail update(long id, MeetingForm form) {
        Meeting m = find(id);
        bodies.checkManage(m.getBody(), "MEETING_UPDATE", id);
        Times t = times(form);
        m.schedule(title(form), t.start, t.end, place(form, m.getBody()), link(form.remoteLink()), form.publicMeeting(),
                t.deadline, clock.instant());
        List<String[]> items = agenda(form.agenda());
        m.getAgenda().stream().filter(a -> a.getContributionId() != null)
                .forEach(a -> items.add(new String[] {a.getTitle(), a.getDetail(), String.valueOf(a.getContributionId())}));
        m.setAgenda(items);
        audit.record("MEETING_UPDATED", "meeting", id, Map.of("title", m.getTitle()));
        return detail(m);
    }

    /** Cancels a planned meeting; members who were convoked are told. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void cancel(long id) {
        Meeting m = find(id);
        bodies.checkManage(m.getBody(), "MEETING_CANCEL", id);
        m.cancel();
        if (m.getConvokedAt() != null) {
            String ics = ics(m);
            for (MemberData member : bodies.members(m.getBody())) {
                if (member.email() != null) {
                    mailer.send(member.email(), "Réunion annulée : " + m.getTitle(), "Bonjour " + member.name()
                            + ",\n\nLa réunion « " + m.getTitle() + " » du " + Paris.shown(m.getStartsAt(), Locale.FRENCH)
                            + " est annulée.\n", ics);
                }
            }
        }
        audit.record("MEETING_CANCELLED", "meeting", id, Map.of("title", m.getTitle()));
    }

    /**
     * Convokes every member (titulaires and suppléants for a conseil) by mail with the meeting's {@code .ics}; returns
     * how many were mailed. Members without an address are counted out in the audit entry.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int convoke(long id) {
        Meeting m = find(id);
        bodies.checkManage(m.getBody(), "MEETING_CONVOKE", id);
        m.convoke(clock.instant());
        String ics = ics(m);
        int sent = 0;
        int without = 0;
        for (MemberData member : bodies.members(m.getBody())) {
            if (member.email() == null || member.email().isBlank()) {
                without++;
                continue;
            }
            mailer.send(member.email(), "Convocation : " + m.getTitle(), convocation(m, member), ics);
            sent++;
        }
        audit.record("MEETING_CONVOKED", "meeting", id, Map.of("mailed", sent, "withoutAddress", without));
        return sent;
    }

    /** A meeting, if the viewer may see it (public, or they are a member or a manager of its body). */
    @Transactional(readOnly = true)
    public MeetingDetail get(long id) {
        Meeting m = find(id);
        MeetingDetail d = detail(m);
        if (!m.isPublicMeeting() && d.memberKey() == null && !d.canManage()) {
            throw new BusinessException("meetings.error.members-only");
        }
        return d;
    }

    /** Public meetings from now on, optionally of one territory or one body, soonest first. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> publicCalendar(Long territoryId, String bodyKey) {
        return meetings.findPublicFrom(clock.instant().minusSeconds(6 * 3600)).stream()
                .filter(m -> territoryId == null || territoryId.equals(m.getBody().getTerritoryId()))
                .filter(m -> bodyKey == null || bodyKey.equals(m.getBody().getBodyKey()))
                .map(MeetingService::summary).toList();
    }

    /** Every meeting of the bodies the signed-in person manages, from a year back, soonest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeetingSummary> managed() {
        List<Long> ids = new ArrayList<>();
        for (BodyData b : bodies.managed()) {
            if (b.id() != null) {
                ids.add(b.id());
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return meetings.findOfBodiesBetween(ids, now.minusSeconds(366L * 86400), now.plusSeconds(3 * 366L * 86400))
                .stream().map(MeetingService::summary).toList();
    }

    /** The .ics of one meeting (the convocation attachment). */
    String ics(Meeting m) {
        return IcsWriter.calendar(m.getBody().getName(), List.of(event(m, publicUrl)), clock.instant());
    }

    static IcsWriter.Event event(Meeting m, String publicUrl) {
        StringBuilder description = new StringBuilder();
        m.getAgenda().forEach(a -> description.append(a.getPosition()).append(". ").append(a.getTitle()).append('\n'));
        if (m.getRemoteLink() != null) {
            description.append("À distance : ").append(m.getRemoteLink()).append('\n');
        }
        return new IcsWriter.Event(m.getUid(), m.getSequenceNo(), m.getStartsAt(), m.getEndsAt(),
                m.getBody().getName() + " — " + m.getTitle(), m.getPlace(), description.toString(),
                publicUrl + "/reunions/" + m.getId(), m.getStatus() == MeetingStatus.CANCELLED);
    }

    private String convocation(Meeting m, MemberData member) {
        StringBuilder b = new StringBuilder();
        b.append("Bonjour ").append(member.name()).append(",\n\n")
                .append("Vous êtes convoqué·e à la réunion « ").append(m.getTitle()).append(" » de ")
                .append(m.getBody().getName()).append(",\nle ").append(Paris.shown(m.getStartsAt(), Locale.FRENCH))
                .append(", lieu : ").append(m.getPlace()).append(".\n");
        if (m.getRemoteLink() != null) {
            b.append("Participation à distance : ").append(m.getRemoteLink()).append('\n');
        }
        b.append("\nOrdre du jour :\n");
        m.getAgenda().forEach(a -> b.append(a.getPosition()).append(". ").append(a.getTitle()).append('\n'));
        b.append("\nMerci d'indiquer si vous serez présent·e ou absent·e : ").append(publicUrl)
                .append("/reunions/").append(m.getId()).append('\n');
        if (member.suppleantKey() != null) {
            b.append("En cas d'absence, votre suppléant·e en sera informé·e.\n");
        }
        b.append("\nL'invitation est jointe (reunion.ics) pour votre agenda.\n");
        return b.toString();
    }

    MeetingDetail detail(Meeting m) {
        MeetingBody body = m.getBody();
        boolean manage = bodies.canManage(body);
        Optional<MemberData> me = CurrentUser.email().flatMap(e -> bodies.memberByEmail(body, e));
        boolean insider = manage || me.isPresent();
        String minutes = null;
        if (m.getMinutesStatus() == MinutesStatus.PUBLISHED && (m.isMinutesPublic() || insider)) {
            minutes = m.getMinutesText();
        } else if (insider && m.getMinutesStatus() != MinutesStatus.NONE) {
            minutes = m.getMinutesText();
        }
        Boolean answer = me.flatMap(x -> answers.find(m.getId(), x.key())).map(a -> a.isPresent()).orElse(null);
        return new MeetingDetail(summary(m), m.getRemoteLink(), m.getContributionDeadline(),
                m.acceptsContributions(clock.instant()),
                m.getAgenda().stream().map(a -> new AgendaEntry(a.getPosition(), a.getTitle(), a.getDetail(),
                        a.getContributionId())).toList(),
                minutes, m.getMinutesApprovedOn(), m.getMinutesPublishedAt(), m.isMinutesPublic(), manage,
                me.map(MemberData::key).orElse(null), answer);
    }

    static MeetingSummary summary(Meeting m) {
        MeetingBody b = m.getBody();
        return new MeetingSummary(m.getId(), b.getBodyKey(), b.getKind(), b.getName(), b.getTerritoryId(), m.getTitle(),
                m.getStartsAt(), m.getEndsAt(), m.getPlace(), m.isPublicMeeting(), m.getStatus(), m.getMinutesStatus(),
                m.getConvokedAt() != null);
    }

    Meeting find(long id) {
        return meetings.findWithBody(id).orElseThrow(() -> new BusinessException("meetings.error.unknown"));
    }

    private record Times(Instant start, Instant end, Instant deadline) {
    }

    private static Times times(MeetingForm form) {
        if (form.date() == null || form.start() == null || form.end() == null) {
            throw new BusinessException("meetings.error.when-required");
        }
        LocalDateTime deadline = form.contributionDeadline();
        return new Times(Paris.instant(form.date().atTime(form.start())), Paris.instant(form.date().atTime(form.end())),
                deadline == null ? null : Paris.instant(deadline));
    }

    private static String title(MeetingForm form) {
        String t = form.title() == null ? "" : form.title().strip();
        if (t.isEmpty() || t.length() > Meeting.MAX_TITLE) {
            throw new BusinessException("meetings.error.title-required");
        }
        return t;
    }

    private static String place(MeetingForm form, MeetingBody body) {
        String p = form.place() == null || form.place().isBlank() ? body.getPremises() : form.place().strip();
        if (p == null || p.isBlank()) {
            throw new BusinessException("meetings.error.place-required");
        }
        if (p.length() > 255) {
            throw new BusinessException("meetings.error.too-long");
        }
        return p;
    }

    private static String link(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.strip();
        if (l.length() > 500 || !l.matches("https://[^\\s<>\"]+")) {
            throw new BusinessException("meetings.error.remote-link");
        }
        return l;
    }

    private static List<String[]> agenda(List<String> lines) {
        List<String[]> items = new ArrayList<>();
        if (lines == null) {
            return items;
        }
        for (String line : lines) {
            if (line == null || line.isBlank()) {
                continue;
            }
            String l = line.strip();
            int colon = l.indexOf(':');
            String title = colon > 0 ? l.substring(0, colon).strip() : l;
            String detail = colon > 0 ? l.substring(colon + 1).strip() : null;
            if (title.length() > 200 || (detail != null && detail.length() > 2000)) {
                throw new BusinessException("meetings.error.agenda-too-long");
            }
            items.add(new String[] {title, detail == null || detail.isEmpty() ? null : detail});
        }
        if (items.size() > 50) {
            throw new BusinessException("meetings.error.agenda-too-long");
        }
        return items;
    }
}
