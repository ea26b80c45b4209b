package fr.agora.shared.notify.service;

import fr.agora.shared.notify.Topic;
import fr.agora.shared.notify.domain.Subscription;
import fr.agora.shared.notify.domain.SubscriptionRepository;
import fr.agora.shared.service.AuditService;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unsubscribe link of a notification mail, for anyone who holds it, signed in or not: the token alone says which
 * subscription it stops (see {@link UnsubscribeTokens}). Looking at the link changes nothing (mail scanners open
 * links); the unsubscribe itself is one click, and a second click finds it done.
 */
@Service
public class UnsubscribeService {

    /** What a link leads to. */
    public enum State {
        /** The subscription is active: one click stops it. */
        ACTIVE,
        /** It was already stopped. */
        ALREADY,
        /** Unknown, tampered, or voided by a later opt-in. */
        INVALID
    }

    /**
     * What the link's page shows.
     *
     * @param state      its state
     * @param topicLabel the topic it stops, empty when invalid
     */
    public record Link(State state, String topicLabel) {
    }

    private final SubscriptionRepository subscriptions;
    private final UnsubscribeTokens tokens;
    private final TopicLabels labels;
    private final AuditService audit;
    private final Clock clock;

    UnsubscribeService(SubscriptionRepository subscriptions, UnsubscribeTokens tokens, TopicLabels labels,
            AuditService audit, Clock clock) {
        this.subscriptions = subscriptions;
        this.tokens = tokens;
        this.labels = labels;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the link stops, without changing anything. */
    @Transactional(readOnly = true)
    public Link check(String token, Locale locale) {
        return find(token).map(s -> new Link(s.isActive() ? State.ACTIVE : State.ALREADY, label(s, locale)))
                .orElse(new Link(State.INVALID, ""));
    }

    /**
     * Stops the link's subscription; idempotent.
     *
     * @return {@link State#ACTIVE} when this call stopped it, {@link State#ALREADY} when it was stopped before,
     *         {@link State#INVALID} for a bad token (nothing changes)
     */
    @Transactional
    public State unsubscribe(String token) {
        Optional<Subscription> found = find(token);
        if (found.isEmpty()) {
            return State.INVALID;
        }
        Subscription s = found.get();
        if (!s.unsubscribe(clock.instant())) {
            return State.ALREADY;
        }
        audit.record("NOTIFY_UNSUBSCRIBED", "NotificationSubscription", s.getId(),
                java.util.Map.of("topic", s.getTopic().asString(), "via", "mailed link"));
        return State.ACTIVE;
    }

    private Optional<Subscription> find(String token) {
        OptionalLong id = UnsubscribeTokens.subscriptionId(token);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return subscriptions.findById(id.getAsLong()).filter(s -> tokens.valid(token, s));
    }

    private String label(Subscription s, Locale locale) {
        Topic topic = s.getTopic();
        return labels.label(topic, locale);
    }
}
