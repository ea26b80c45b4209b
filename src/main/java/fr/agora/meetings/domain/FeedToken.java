package fr.agora.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A private calendar feed: a body's feed (its managers) or one member's feed. Only the SHA-256 of the secret is
 * stored; the URL is shown once, and revoking it stops it at once.
 */
@Entity
@Table(name = "meeting_feed_token")
public class FeedToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private MeetingBody body;

    /** Null for a body's feed. */
    @Column(name = "member_key", length = 40)
    private String memberKey;

    @Column(name = "owner_email", nullable = false, length = 254)
    private String ownerEmail;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected FeedToken() {
    }

    public FeedToken(MeetingBody body, String memberKey, String ownerEmail, String tokenHash, Instant now) {
        this.body = body;
        this.memberKey = memberKey;
        this.ownerEmail = ownerEmail;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public MeetingBody getBody() {
        return body;
    }

    public String getMemberKey() {
        return memberKey;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
