package fr.agora.shared.notify.domain;

import fr.agora.shared.notify.DeliveryMode;
import fr.agora.shared.notify.Topic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A person's explicit choice to receive the notices of one topic by e-mail, with the instant of that opt-in.
 * Unsubscribing keeps the row, marked, so that the same link clicked again changes nothing; opting in again
 * records a new instant, which also voids the links sent before.
 */
@Entity
@Table(name = "notify_subscription")
public class Subscription {

    /** The only channel in service. */
    public static final String EMAIL = "EMAIL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 96)
    private String topic;

    @Column(nullable = false, length = 8)
    private String channel = EMAIL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DeliveryMode mode;

    @Column(name = "opted_in_at", nullable = false)
    private Instant optedInAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    protected Subscription() {
    }

    /** An opt-in, given now by the person themselves. */
    public Subscription(long accountId, Topic topic, DeliveryMode mode, Instant now) {
        this.accountId = accountId;
        this.topic = topic.asString();
        this.mode = Objects.requireNonNull(mode, "mode");
        this.optedInAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Opts in again (after an unsubscribe) or changes the rhythm; a new opt-in gets a new date. */
    public void optIn(DeliveryMode newMode, Instant now) {
        this.mode = Objects.requireNonNull(newMode, "mode");
        if (unsubscribedAt != null) {
            this.unsubscribedAt = null;
            this.optedInAt = now.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    /**
     * Stops the notices of this topic.
     *
     * @return false when it was already stopped (nothing changes then)
     */
    public boolean unsubscribe(Instant now) {
        if (unsubscribedAt != null) {
            return false;
        }
        unsubscribedAt = now;
        return true;
    }

    public boolean isActive() {
        return unsubscribedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Topic getTopic() {
        return Topic.parse(topic);
    }

    public String getChannel() {
        return channel;
    }

    public DeliveryMode getMode() {
        return mode;
    }

    public Instant getOptedInAt() {
        return optedInAt;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }
}
