package fr.agora.plenary.domain;

import fr.agora.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A resident's comment on a published contribution; shown once a moderator accepted it. */
@Entity
@Table(name = "plenary_comment")
public class PlenaryComment {

    public static final int MAX_BODY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contribution_id", nullable = false)
    private long contributionId;

    @Column(name = "author_email", nullable = false, length = 254)
    private String authorEmail;

    @Column(name = "author_name", nullable = false, length = 160)
    private String authorName;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommentStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "moderated_by", length = 254)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    protected PlenaryComment() {
    }

    public PlenaryComment(long contributionId, String authorEmail, String authorName, String body, Instant now) {
        String b = body == null ? "" : body.strip();
        if (b.isEmpty() || b.length() > MAX_BODY) {
            throw new BusinessException("plenary.error.comment-text");
        }
        this.contributionId = contributionId;
        this.authorEmail = authorEmail;
        this.authorName = authorName;
        this.body = b;
        this.status = CommentStatus.PENDING;
        this.createdAt = now;
    }

    public void moderate(boolean publish, String by, Instant now) {
        if (status != CommentStatus.PENDING) {
            throw new BusinessException("plenary.error.comment-moderated");
        }
        this.status = publish ? CommentStatus.PUBLISHED : CommentStatus.REJECTED;
        this.moderatedBy = by;
        this.moderatedAt = now;
    }

    /** Erasure of the author's data (the text stays, unsigned). */
    public void anonymise() {
        this.authorEmail = "supprime@invalid";
        this.authorName = "—";
    }

    public Long getId() {
        return id;
    }

    public long getContributionId() {
        return contributionId;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
