package fr.agora.shared.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notice waiting for its subscriber's weekly digest; {@code digestWeek} once the digest took it. */
@Entity
@Table(name = "notify_pending")
public class PendingNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(length = 512)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "digest_week", length = 8)
    private String digestWeek;

    protected PendingNotice() {
    }

    public PendingNotice(long subscriptionId, String subject, String body, String link, Instant now) {
        this.subscriptionId = subscriptionId;
        this.subject = subject.length() > 255 ? subject.substring(0, 255) : subject;
        this.body = body;
        this.link = link;
        this.createdAt = now;
    }

    /** Marks it as taken by the digest of {@code week} (or dropped that week, its subscription ended). */
    public void takenBy(String week) {
        this.digestWeek = week;
    }

    public Long getId() {
        return id;
    }

    public long getSubscriptionId() {
        return subscriptionId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDigestWeek() {
        return digestWeek;
    }
}
