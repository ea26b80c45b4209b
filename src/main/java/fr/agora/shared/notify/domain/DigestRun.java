package fr.agora.shared.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The weekly digest sent to one person for one ISO week: at most one. */
@Entity
@Table(name = "notify_digest")
public class DigestRun {

    @EmbeddedId
    private Key key;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected DigestRun() {
    }

    public DigestRun(long accountId, String week, Instant now) {
        this.key = new Key(accountId, week);
        this.sentAt = now;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Person and week. */
    @Embeddable
    public record Key(@Column(name = "account_id") long accountId, @Column(name = "week", length = 8) String week)
            implements Serializable {
    }
}
