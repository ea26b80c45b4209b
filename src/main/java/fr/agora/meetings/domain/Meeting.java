package fr.agora.meetings.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A meeting of a body. It guards its own rules: it is planned in the future, contributions arrive before their
 * deadline (itself before the meeting), attendance and decisions happen once it has started, and the minutes go
 * draft → approved → published; a draft is never public.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public static final int MAX_TITLE = 200;
    public static final Duration MAX_LENGTH = Duration.ofHours(12);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private MeetingBody body;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 255)
    private String place;

    @Column(name = "remote_link", length = 500)
    private String remoteLink;

    @Column(name = "public_meeting", nullable = false)
    private boolean publicMeeting;

    @Column(name = "contribution_deadline")
    private Instant contributionDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingStatus status;

    @Column(name = "convoked_at")
    private Instant convokedAt;

    @Column(name = "minutes_text", columnDefinition = "mediumtext")
    private String minutesText;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status", nullable = false, length = 16)
    private MinutesStatus minutesStatus;

    @Column(name = "minutes_public", nullable = false)
    private boolean minutesPublic;

    @Column(name = "minutes_approved_on")
    private LocalDate minutesApprovedOn;

    @Column(name = "minutes_published_at")
    private Instant minutesPublishedAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The iCalendar UID, stable across updates, so calendar apps update the event instead of duplicating it. */
    @Column(nullable = false, length = 64, unique = true)
    private String uid;

    /** The iCalendar SEQUENCE: raised on every change a calendar must pick up. */
    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Column(nullable = false)
    private boolean demo;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @Version
    private long version;

    protected Meeting() {
    }

    /** Plans a meeting; refused when it starts in the past, ends before it starts or lasts over 12 hours. */
    public Meeting(MeetingBody body, String title, Instant startsAt, Instant endsAt, String place, String remoteLink,
            boolean publicMeeting, Instant contributionDeadline, String createdBy, Instant now) {
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.uid = UUID.randomUUID() + "@agora";
        this.status = MeetingStatus.PLANNED;
        this.minutesStatus = MinutesStatus.NONE;
        this.minutesPublic = body.isMinutesPublic();
        schedule(title, startsAt, endsAt, place, remoteLink, publicMeeting, contributionDeadline, now);
    }

    /**
     * Records a meeting that already took place (the archive of a body that used paper before the portal, demo
     * data): held, with no convocation.
     */
    public static Meeting recordPast(MeetingBody body, String title, Instant startsAt, Instant endsAt, String place,
            boolean publicMeeting, String createdBy, Instant now) {
        if (!startsAt.isBefore(now) || !endsAt.isAfter(startsAt)) {
            throw new BusinessException("meetings.error.end");
        }
        Meeting m = new Meeting();
        m.body = body;
        m.createdBy = createdBy;
        m.createdAt = now;
        m.uid = UUID.randomUUID() + "@agora";
        m.status = MeetingStatus.HELD;
        m.minutesStatus = MinutesStatus.NONE;
        m.minutesPublic = body.isMinutesPublic();
        m.title = title;
        m.startsAt = startsAt;
        m.endsAt = endsAt;
        m.place = place;
        m.publicMeeting = publicMeeting;
        return m;
    }

    /** Changes the schedule (before the meeting only); the calendar sequence goes up. */
    public void schedule(String title, Instant startsAt, Instant endsAt, String place, String remoteLink,
            boolean publicMeeting, Instant contributionDeadline, Instant now) {
        if (status != MeetingStatus.PLANNED) {
            throw new BusinessException("meetings.error.not-planned");
        }
        if (!startsAt.isAfter(now)) {
            throw new BusinessException("meetings.error.in-past");
        }
        if (!endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            throw new BusinessException("meetings.error.end");
        }
        if (contributionDeadline != null && (contributionDeadline.isAfter(startsAt) || !contributionDeadline.isAfter(now))) {
            throw new BusinessException("meetings.error.deadline");
        }
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.remoteLink = remoteLink;
        this.publicMeeting = publicMeeting;
        this.contributionDeadline = contributionDeadline;
        if (id != null) {
            sequenceNo++;
        }
    }

    /** Replaces the agenda with these items (titles and details), keeping contributions' links. */
    public void setAgenda(List<String[]> items) {
        if (status == MeetingStatus.CANCELLED) {
            throw new BusinessException("meetings.error.cancelled");
        }
        agenda.clear();
        int position = 1;
        for (String[] item : items) {
            agenda.add(new AgendaItem(this, position++, item[0], item[1], item.length > 2 && item[2] != null
                    ? Long.valueOf(item[2]) : null));
        }
    }

    /** Adds an accepted contribution at the end of the agenda. */
    public void addToAgenda(String title, String detail, long contributionId) {
        if (status != MeetingStatus.PLANNED) {
            throw new BusinessException("meetings.error.not-planned");
        }
        agenda.add(new AgendaItem(this, agenda.size() + 1, title, detail, contributionId));
    }

    /** Whether a contribution can still be sent at {@code now}. */
    public boolean acceptsContributions(Instant now) {
        return status == MeetingStatus.PLANNED && contributionDeadline != null && !now.isAfter(contributionDeadline);
    }

    /** Refuses a contribution after its deadline (or when none is invited). */
    public void checkContribution(Instant now) {
        if (!acceptsContributions(now)) {
            throw new BusinessException("meetings.error.contribution-closed");
        }
    }

    /** Records that the convocation was sent; the calendar sequence goes up. */
    public void convoke(Instant now) {
        if (status != MeetingStatus.PLANNED || !startsAt.isAfter(now)) {
            throw new BusinessException("meetings.error.not-planned");
        }
        this.convokedAt = now;
    }

    /** Members may answer present or absent until the meeting starts. */
    public void checkAnswer(Instant now) {
        if (status != MeetingStatus.PLANNED || !now.isBefore(startsAt)) {
            throw new BusinessException("meetings.error.answer-closed");
        }
    }

    public void cancel() {
        if (status != MeetingStatus.PLANNED) {
            throw new BusinessException("meetings.error.not-planned");
        }
        this.status = MeetingStatus.CANCELLED;
        this.sequenceNo++;
    }

    /** Check-in and decisions: from one hour before the start, while the meeting is not cancelled. */
    public void checkInSession(Instant now) {
        if (status == MeetingStatus.CANCELLED || now.isBefore(startsAt.minus(Duration.ofHours(1)))) {
            throw new BusinessException("meetings.error.not-in-session");
        }
    }

    /** The meeting took place (set by the first check-in). */
    public void markHeld() {
        if (status == MeetingStatus.PLANNED) {
            this.status = MeetingStatus.HELD;
        }
    }

    /** Writes or rewrites the draft minutes; an approved text is never changed. */
    public void draftMinutes(String text) {
        if (status == MeetingStatus.CANCELLED) {
            throw new BusinessException("meetings.error.cancelled");
        }
        if (minutesStatus == MinutesStatus.APPROVED || minutesStatus == MinutesStatus.PUBLISHED) {
            throw new BusinessException("meetings.error.minutes-approved");
        }
        if (text == null || text.isBlank()) {
            throw new BusinessException("meetings.error.minutes-empty");
        }
        this.minutesText = text.strip();
        this.minutesStatus = MinutesStatus.DRAFT;
    }

    /** Approval of the draft (at the next meeting or by the members) on {@code day}. */
    public void approveMinutes(LocalDate day, LocalDate today) {
        if (minutesStatus != MinutesStatus.DRAFT) {
            throw new BusinessException("meetings.error.minutes-no-draft");
        }
        if (day == null || day.isAfter(today)) {
            throw new BusinessException("meetings.error.minutes-approval-date");
        }
        this.minutesStatus = MinutesStatus.APPROVED;
        this.minutesApprovedOn = day;
    }

    /** Publishes approved minutes, public or for members only. Refused before approval. */
    public void publishMinutes(boolean publicly, Instant now) {
        if (minutesStatus != MinutesStatus.APPROVED) {
            throw new BusinessException("meetings.error.minutes-not-approved");
        }
        this.minutesStatus = MinutesStatus.PUBLISHED;
        this.minutesPublic = publicly;
        this.minutesPublishedAt = now;
    }

    /** The minutes anyone may read: published and public. */
    public boolean minutesVisibleToPublic() {
        return minutesStatus == MinutesStatus.PUBLISHED && minutesPublic;
    }

    public void markDemo() {
        this.demo = true;
    }

    public Long getId() {
        return id;
    }

    public MeetingBody getBody() {
        return body;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getRemoteLink() {
        return remoteLink;
    }

    public boolean isPublicMeeting() {
        return publicMeeting;
    }

    public Instant getContributionDeadline() {
        return contributionDeadline;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getConvokedAt() {
        return convokedAt;
    }

    public String getMinutesText() {
        return minutesText;
    }

    public MinutesStatus getMinutesStatus() {
        return minutesStatus;
    }

    public boolean isMinutesPublic() {
        return minutesPublic;
    }

    public LocalDate getMinutesApprovedOn() {
        return minutesApprovedOn;
    }

    public Instant getMinutesPublishedAt() {
        return minutesPublishedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUid() {
        return uid;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public boolean isDemo() {
        return demo;
    }

    public List<AgendaItem> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }
}
