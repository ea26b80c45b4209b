package fr.agora.plenary.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The yearly plenary: date, place, agenda, the conseils taking part, the quorum share, the answer deadline of its
 * avis, and the state of its invitation list, its session and its minutes. It refuses what its state forbids: new
 * designations once the invitation list is final, a session before the list is final, check-ins and motions outside
 * the session, minutes published before their approval.
 */
@Entity
@Table(name = "plenary")
public class Plenary {

    public static final int MAX_TITLE = 200;
    public static final int MAX_AGENDA = 20_000;
    public static final int DEFAULT_QUORUM_PERCENT = 50;
    public static final int DEFAULT_ANSWER_MONTHS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plenary_year", nullable = false)
    private int year;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false, length = 255)
    private String place;

    @Column(nullable = false, columnDefinition = "text")
    private String agenda;

    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent;

    @Column(name = "answer_months", nullable = false)
    private int answerMonths;

    @Column(name = "contribution_deadline", nullable = false)
    private Instant contributionDeadline;

    @Column(name = "suppleants_allowed", nullable = false)
    private boolean suppleantsAllowed;

    @Column(name = "invitations_final_at")
    private Instant invitationsFinalAt;

    @Column(name = "invitations_final_by", length = 254)
    private String invitationsFinalBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_status", nullable = false, length = 16)
    private SessionStatus sessionStatus;

    @Column(name = "minutes_text", columnDefinition = "mediumtext")
    private String minutesText;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status", nullable = false, length = 16)
    private MinutesStatus minutesStatus;

    @Column(name = "minutes_approved_on")
    private LocalDate minutesApprovedOn;

    @Column(name = "minutes_published_at")
    private Instant minutesPublishedAt;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plenary_council", joinColumns = @JoinColumn(name = "plenary_id"))
    private Set<Council> councils = new LinkedHashSet<>();

    @Version
    private long version;

    /** A conseil taking part. */
    @Embeddable
    public static class Council {

        @Column(name = "council_id", nullable = false)
        private long councilId;

        @Column(name = "council_name", nullable = false, length = 200)
        private String councilName;

        protected Council() {
        }

        public Council(long councilId, String councilName) {
            this.councilId = councilId;
            this.councilName = councilName;
        }

        public long getCouncilId() {
            return councilId;
        }

        public String getCouncilName() {
            return councilName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Council c && c.councilId == councilId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(councilId);
        }
    }

    protected Plenary() {
    }

    /**
     * Plans the plenary of a year.
     *
     * @throws BusinessException when it is in the past, its deadline is after its start, a setting is out of range or
     *                           no conseil takes part
     */
    public Plenary(String title, Instant startsAt, int year, String place, List<String> agenda, int quorumPercent,
            int answerMonths, Instant contributionDeadline, boolean suppleantsAllowed, List<Council> councils,
            String createdBy, Instant now) {
        if (!startsAt.isAfter(now)) {
            throw new BusinessException("plenary.error.past");
        }
        init(title, startsAt, year, place, agenda, quorumPercent, answerMonths, contributionDeadline,
                suppleantsAllowed, councils, createdBy, now);
    }

    /** A plenary already held (the archive, demo data): its session is closed. */
    public static Plenary recordPast(String title, Instant startsAt, int year, String place, List<String> agenda,
            int quorumPercent, int answerMonths, List<Council> councils, String createdBy, Instant now) {
        Plenary p = new Plenary();
        p.init(title, startsAt, year, place, agenda, quorumPercent, answerMonths, startsAt, false, councils, createdBy,
                now);
        p.invitationsFinalAt = startsAt;
        p.invitationsFinalBy = createdBy;
        p.sessionStatus = SessionStatus.CLOSED;
        return p;
    }

    private void init(String title, Instant startsAt, int year, String place, List<String> agenda, int quorumPercent,
            int answerMonths, Instant contributionDeadline, boolean suppleantsAllowed, List<Council> councils,
            String createdBy, Instant now) {
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            throw new BusinessException("plenary.error.title");
        }
        if (place == null || place.isBlank() || place.strip().length() > 255) {
            throw new BusinessException("plenary.error.place");
        }
        if (quorumPercent < 1 || quorumPercent > 99) {
            throw new BusinessException("plenary.error.quorum-percent");
        }
        if (answerMonths < 1 || answerMonths > 24) {
            throw new BusinessException("plenary.error.answer-months");
        }
        if (contributionDeadline == null || contributionDeadline.isAfter(startsAt)) {
            throw new BusinessException("plenary.error.deadline");
        }
        if (councils == null || councils.isEmpty()) {
            throw new BusinessException("plenary.error.no-council");
        }
        this.title = title.strip();
        this.startsAt = startsAt;
        this.year = year;
        this.place = place.strip();
        setAgenda(agenda);
        this.quorumPercent = quorumPercent;
        this.answerMonths = answerMonths;
        this.contributionDeadline = contributionDeadline;
        this.suppleantsAllowed = suppleantsAllowed;
        this.councils = new LinkedHashSet<>(councils);
        this.sessionStatus = SessionStatus.PLANNED;
        this.minutesStatus = MinutesStatus.NONE;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The agenda, one item per line (blank lines dropped). */
    public void setAgenda(List<String> items) {
        List<String> kept = items == null ? List.of()
                : items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        String text = String.join("\n", kept);
        if (text.length() > MAX_AGENDA) {
            throw new BusinessException("plenary.error.too-long");
        }
        this.agenda = text;
    }

    public List<String> agendaItems() {
        return agenda == null || agenda.isEmpty() ? List.of() : Arrays.asList(agenda.split("\n"));
    }

    // ---- invitation list -------------------------------------------------------------------------------------------

    /** Refuses a change of representatives once the invitation list is final. */
    public void requireDesignationsOpen() {
        if (invitationsFinalAt != null) {
            throw new BusinessException("plenary.error.invitations-final");
        }
    }

    /**
     * Finalises the invitation list.
     *
     * @param incomplete the conseils and collèges that have a number of representatives other than three
     * @throws BusinessException listing them when there is any
     */
    public void finaliseInvitations(List<String> incomplete, String actor, Instant now) {
        requireDesignationsOpen();
        if (!incomplete.isEmpty()) {
            throw new BusinessException("plenary.error.invitations-incomplete", String.join(" ; ", incomplete));
        }
        this.invitationsFinalAt = now;
        this.invitationsFinalBy = actor;
    }

    public boolean invitationsFinal() {
        return invitationsFinalAt != null;
    }

    // ---- session ---------------------------------------------------------------------------------------------------

    public void openSession() {
        if (invitationsFinalAt == null) {
            throw new BusinessException("plenary.error.invitations-not-final");
        }
        if (sessionStatus != SessionStatus.PLANNED) {
            throw new BusinessException("plenary.error.session-state");
        }
        this.sessionStatus = SessionStatus.OPEN;
    }

    public void closeSession() {
        requireInSession();
        this.sessionStatus = SessionStatus.CLOSED;
    }

    public void requireInSession() {
        if (sessionStatus != SessionStatus.OPEN) {
            throw new BusinessException("plenary.error.not-in-session");
        }
    }

    /** The number of present voters the quorum needs: strictly more than the share of the invited. */
    public int quorumFor(int invited) {
        return invited * quorumPercent / 100 + 1;
    }

    /** The day an avis sent on {@code sent} must be answered by. */
    public LocalDate answerDue(LocalDate sent) {
        return sent.plusMonths(answerMonths);
    }

    // ---- contributions ---------------------------------------------------------------------------------------------

    public void requireBeforeDeadline(Instant now) {
        if (now.isAfter(contributionDeadline)) {
            throw new BusinessException("plenary.error.contribution-closed");
        }
    }

    // ---- minutes (the meetings' rules) -----------------------------------------------------------------------------

    /** Writes or rewrites the draft minutes, once the session is closed; an approved text never changes. */
    public void draftMinutes(String text) {
        if (sessionStatus != SessionStatus.CLOSED) {
            throw new BusinessException("plenary.error.minutes-before-session");
        }
        if (minutesStatus == MinutesStatus.APPROVED || minutesStatus == MinutesStatus.PUBLISHED) {
            throw new BusinessException("plenary.error.minutes-approved");
        }
        if (text == null || text.isBlank()) {
            throw new BusinessException("plenary.error.minutes-empty");
        }
        this.minutesText = text.strip();
        this.minutesStatus = MinutesStatus.DRAFT;
    }

    /** Records the approval of the draft on {@code day} (today or before). */
    public void approveMinutes(LocalDate day, LocalDate today) {
        if (minutesStatus != MinutesStatus.DRAFT) {
            throw new BusinessException("plenary.error.minutes-no-draft");
        }
        if (day == null || day.isAfter(today)) {
            throw new BusinessException("plenary.error.minutes-approval-date");
        }
        this.minutesStatus = MinutesStatus.APPROVED;
        this.minutesApprovedOn = day;
    }

    /** Publishes approved minutes. Refused before approval. */
    public void publishMinutes(Instant now) {
        if (minutesStatus != MinutesStatus.APPROVED) {
            throw new BusinessException("plenary.error.minutes-not-approved");
        }
        this.minutesStatus = MinutesStatus.PUBLISHED;
        this.minutesPublishedAt = now;
    }

    public void markDemo() {
        this.demo = true;
    }

    public List<Council> councilsByName() {
        List<Council> list = new ArrayList<>(councils);
        list.sort(Comparator.comparing(Council::getCouncilName));
        return list;
    }

    public boolean takesPart(long councilId) {
        return councils.stream().anyMatch(c -> c.councilId == councilId);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public int getAnswerMonths() {
        return answerMonths;
    }

    public Instant getContributionDeadline() {
        return contributionDeadline;
    }

    public boolean isSuppleantsAllowed() {
        return suppleantsAllowed;
    }

    public Instant getInvitationsFinalAt() {
        return invitationsFinalAt;
    }

    public SessionStatus getSessionStatus() {
        return sessionStatus;
    }

    public String getMinutesText() {
        return minutesText;
    }

    public MinutesStatus getMinutesStatus() {
        return minutesStatus;
    }

    public LocalDate getMinutesApprovedOn() {
        return minutesApprovedOn;
    }

    public boolean isDemo() {
        return demo;
    }
}
