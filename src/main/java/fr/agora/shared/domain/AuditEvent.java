package fr.agora.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the audit log. Append-only: the entity has no setter, Hibernate treats it as immutable, the
 * repository has no delete, and database triggers refuse UPDATE and DELETE.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    /** Whether the act went through or was refused. */
    public enum Outcome { OK, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 254, updatable = false)
    private String actor;

    @Column(nullable = false, length = 64, updatable = false)
    private String action;

    @Column(name = "target_type", length = 64, updatable = false)
    private String targetType;

    @Column(name = "target_id", length = 128, updatable = false)
    private String targetId;

    @Column(columnDefinition = "text", updatable = false)
    private String details;

    @Column(nullable = false, length = 16, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Outcome outcome;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String targetType, String targetId,
            String details, Outcome outcome) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 254);
        this.action = truncate(action, 64);
        this.targetType = truncate(targetType, 64);
        this.targetId = truncate(targetId, 128);
        this.details = truncate(details, 60000);
        this.outcome = outcome;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetails() {
        return details;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
