package fr.agora.shared.notify.service;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.notify.DeliveryMode;
import fr.agora.shared.notify.Topic;
import fr.agora.shared.notify.TopicCatalog;
import fr.agora.shared.notify.domain.Subscription;
import fr.agora.shared.notify.domain.SubscriptionRepository;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.TerritoryService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's notification choices: what they receive, how often, and the opt-in that starts each (an
 * explicit consent, recorded with its date and in the audit log). Only their own subscriptions.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationPreferences {

    /**
     * One of my choices, as the preferences page shows it.
     *
     * @param id         the subscription
     * @param topic      its topic
     * @param label      its name
     * @param mode       how often
     * @param optedInAt  when I opted in
     * @param active     false once I unsubscribed
     */
    public record Choice(long id, Topic topic, String label, DeliveryMode mode, Instant optedInAt, boolean active) {
    }

    private final SubscriptionRepository subscriptions;
    private final UserAccountRepository users;
    private final TopicLabels labels;
    private final List<TopicCatalog> catalogs;
    private final TerritoryService territories;
    private final AuditService audit;
    private final Clock clock;

    NotificationPreferences(SubscriptionRepository subscriptions, UserAccountRepository users, TopicLabels labels,
            List<TopicCatalog> catalogs, TerritoryService territories, AuditService audit, Clock clock) {
        this.subscriptions = subscriptions;
        this.users = users;
        this.labels = labels;
        this.catalogs = catalogs;
        this.territories = territories;
        this.audit = audit;
        this.clock = clock;
    }

    /** My choices, active first. */
    @Transactional(readOnly = true)
    public List<Choice> mine(Locale locale) {
        // nothing to list without an account behind the session (Mon espace must still open)
        java.util.Optional<UserAccount> me = CurrentUser.email().flatMap(users::findByEmail);
        if (me.isEmpty()) {
            return List.of();
        }
        return subscriptions.findByAccountIdOrderById(me.get().getId()).stream()
                .map(s -> new Choice(s.getId(), s.getTopic(), labels.label(s.getTopic(), locale), s.getMode(),
                        s.getOptedInAt(), s.isActive()))
                .sorted(java.util.Comparator.comparing((Choice c) -> !c.active()))
                .toList();
    }

    /**
     * What I may choose: my quartier first (from my profile), every other quartier, the topics features list (the
     * councils), and "the ones I follow" of each kind that has them.
     */
    @Transactional(readOnly = true)
    public List<TopicCatalog.Choice> choices(Locale locale) {
        List<TopicCatalog.Choice> out = new ArrayList<>();
        for (Topic.Kind kind : List.of(Topic.Kind.PROPOSAL, Topic.Kind.WALK)) {
            Topic t = Topic.followed(kind);
            out.add(new TopicCatalog.Choice(t, labels.label(t, locale)));
        }
        Optional<String> mine = Optional.ofNullable(me().getQuartier()).map(q -> q.getCode());
        territories.residenceChoices().stream()
                .sorted(java.util.Comparator.comparing((fr.agora.shared.service.TerritoryData d) -> !d.code().equals(mine.orElse(null))))
                .forEach(d -> out.add(new TopicCatalog.Choice(Topic.quartier(d.code()), labels.label(Topic.quartier(d.code()), locale))));
        catalogs.forEach(c -> out.addAll(c.choices(locale)));
        return out;
    }

    /**
     * Opts me in to a topic (or changes how often I receive it). Refused without my explicit consent.
     *
     * @param consent the box "I agree to receive these mails" ticked by me
     */
    @Transactional
    public void optIn(Topic topic, DeliveryMode mode, boolean consent) {
        if (!consent) {
            throw new BusinessException("notify.consent.required");
        }
        if (mode == null) {
            throw new BusinessException("notify.mode.required");
        }
        UserAccount me = me();
        Instant now = clock.instant();
        Subscription s = subscriptions.findByAccountIdAndTopicAndChannel(me.getId(), topic.asString(), Subscription.EMAIL)
                .map(existing -> {
                    existing.optIn(mode, now);
                    return existing;
                })
                .orElseGet(() -> subscriptions.save(new Subscription(me.getId(), topic, mode, now)));
        audit.record("NOTIFY_OPTED_IN", "NotificationSubscription", s.getId(),
                Map.of("topic", topic.asString(), "mode", mode.name()));
    }

    /** Stops one of my subscriptions (nothing when it is not mine or already stopped). */
    @Transactional
    public void unsubscribe(long subscriptionId) {
        UserAccount me = me();
        subscriptions.findById(subscriptionId).filter(s -> s.getAccountId() == me.getId())
                .filter(s -> s.unsubscribe(clock.instant()))
                .ifPresent(s -> audit.record("NOTIFY_UNSUBSCRIBED", "NotificationSubscription", s.getId(),
                        Map.of("topic", s.getTopic().asString(), "via", "preferences")));
    }

    private UserAccount me() {
        String email = CurrentUser.email().orElseThrow(() -> new BusinessException("notify.signed-out"));
        return users.findByEmail(email).orElseThrow(() -> new BusinessException("notify.signed-out"));
    }
}
