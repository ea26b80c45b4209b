package fr.agora.plenary.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A conseil's written contribution to the plenary: drafted by its members or staff until the deadline, approved by the
 * conseil's members (the day of approval, before the deadline), then published with the agenda. An approved text does
 * not change.
 */
@Entity
@Table(name = "plenary_contribution")
public class PlenaryContribution {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plenary_id", nullable = false)
    private long plenaryId;

    @Column(name = "council_id", nullable = false)
    private long councilId;

    @Column(name = "council_name", nullable = false, length = 200)
    private String councilName;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "written_by", nullable = false, length = 254)
    private String writtenBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "approved_by", length = 254)
    private String approvedBy;

    @Column(name = "decision_id")
    private Long decisionId;

    @Version
    private long version;

    protected PlenaryContribution() {
    }

    public PlenaryContribution(long plenaryId, long councilId, String councilName, String writtenBy, Instant now) {
        this.plenaryId = plenaryId;
        this.councilId = councilId;
        this.councilName = councilName;
        this.status = "DRAFT";
        this.title = "";
        this.body = "";
        this.writtenBy = writtenBy;
        this.updatedAt = now;
    }

    public void write(String newTitle, String newBody, String by, Instant now) {
        if (isApproved()) {
            throw new BusinessException("plenary.error.contribution-approved");
        }
        String t = newTitle == null ? "" : newTitle.strip();
        String b = newBody == null ? "" : newBody.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE || b.isEmpty() || b.length() > MAX_BODY) {
            throw new BusinessException("plenary.error.contribution-text");
        }
        this.title = t;
        this.body = b;
        this.writtenBy = by;
        this.updatedAt = now;
    }

    /** Records the members' approval on {@code day} (not in the future), optionally with the meeting decision. */
    public void approve(LocalDate day, LocalDate today, Long decision, String by) {
        if (isApproved()) {
            throw new BusinessException("plenary.error.contribution-approved");
        }
        if (title.isEmpty()) {
            throw new BusinessException("plenary.error.contribution-text");
        }
        if (day == null || day.isAfter(today)) {
            throw new BusinessException("plenary.error.approval-date");
        }
        this.status = "APPROVED";
        this.approvedOn = day;
        this.approvedBy = by;
        this.decisionId = decision;
    }

    public boolean isApproved() {
        return "APPROVED".equals(status);
    }

    public Long getId() {
        return id;
    }

    public long getPlenaryId() {
        return plenaryId;
    }

    public long getCouncilId() {
        return councilId;
    }

    public String getCouncilName() {
        return councilName;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Long getDecisionId() {
        return decisionId;
    }
}
