package fr.agora.meetings.domain;

import fr.agora.shared.domain.BusinessException;
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
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's or resident's contribution to a meeting, sent before its deadline; accepted ones join the agenda. */
@Entity
@Table(name = "meeting_contribution")
public class Contribution {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "author_email", nullable = false, length = 254)
    private String authorEmail;

    @Column(name = "author_name", nullable = false, length = 160)
    private String authorName;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContributionStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    protected Contribution() {
    }

    /** A contribution; refused after the meeting's deadline. */
    public Contribution(Meeting meeting, String authorEmail, String authorName, String title, String body, Instant now) {
        meeting.checkContribution(now);
        this.meeting = meeting;
        this.authorEmail = authorEmail;
        this.authorName = authorName;
        this.title = title;
        this.body = body;
        this.status = ContributionStatus.SUBMITTED;
        this.submittedAt = now;
    }

    /** Accepted: joins the meeting's agenda pack. */
    public void accept(String by) {
        decide(by);
        this.status = ContributionStatus.ACCEPTED;
        meeting.addToAgenda(title, body, id);
    }

    public void reject(String by) {
        decide(by);
        this.status = ContributionStatus.REJECTED;
    }

    private void decide(String by) {
        if (status != ContributionStatus.SUBMITTED) {
            throw new BusinessException("meetings.error.contribution-decided");
        }
        this.decidedBy = by;
    }

    /** Detaches the author (account erased); the text stays as part of the meeting's or consultation's record. */
    public void anonymise() {
        this.authorEmail = "efface-" + id + "@invalid";
        this.authorName = "—";
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
