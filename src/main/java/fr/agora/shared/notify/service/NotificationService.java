package fr.agora.shared.notify.service;

import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.notify.DeliveryMode;
import fr.agora.shared.notify.Notice;
import fr.agora.shared.notify.Notifier;
import fr.agora.shared.notify.Topic;
import fr.agora.shared.notify.domain.PendingNotice;
import fr.agora.shared.notify.domain.PendingNoticeRepository;
import fr.agora.shared.notify.domain.Subscription;
import fr.agora.shared.notify.domain.SubscriptionRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a feature's notice to the people who chose it, and only to them: an active e-mail subscription to its
 * topic, or to "the ones I follow" of its kind when the feature names them among the followers; an enabled account
 * with a verified address. One mail per person even when two of their choices match (the most specific one signs
 * the unsubscribe link). {@link DeliveryMode#WEEKLY} subscribers get it in their digest instead.
 */
@Service
public class NotificationService implements Notifier {

    private final SubscriptionRepository subscriptions;
    private final PendingNoticeRepository pending;
    private final UserAccountRepository users;
    private final NoticeMailer mailer;
    private final Clock clock;

    NotificationService(SubscriptionRepository subscriptions, PendingNoticeRepository pending,
            UserAccountRepository users, NoticeMailer mailer, Clock clock) {
        this.subscriptions = subscriptions;
        this.pending = pending;
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int publish(Notice notice) {
        Topic topic = notice.topic();
        Topic followed = Topic.followed(topic.kind());
        List<String> topics = topic.isFollowed() ? List.of(followed.asString())
                : List.of(topic.asString(), followed.asString());
        Set<String> followers = notice.followers().stream().map(EmailAddress::normalise).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Subscription> chosen = new LinkedHashMap<>();
        for (Subscription s : subscriptions.findByTopicInAndChannelAndUnsubscribedAtIsNull(topics, Subscription.EMAIL)) {
            Subscription other = chosen.get(s.getAccountId());
            if (other == null || (other.getTopic().isFollowed() && !s.getTopic().isFollowed())) {
                chosen.put(s.getAccountId(), s);
            }
        }
        Map<Long, UserAccount> accounts = users.findAllById(chosen.keySet()).stream()
                .collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        int reached = 0;
        for (Subscription s : chosen.values()) {
            UserAccount to = accounts.get(s.getAccountId());
            if (to == null || !to.isEnabled() || !to.isEmailVerified() || to.isAnonymised()) {
                continue;
            }
            if (s.getTopic().isFollowed() && !followers.contains(to.getEmail())) {
                continue;
            }
            if (s.getMode() == DeliveryMode.WEEKLY) {
                pending.save(new PendingNotice(s.getId(), notice.subject(), notice.text(), notice.link(), clock.instant()));
            } else {
                mailer.sendNow(to, s, notice.subject(), notice.text(), notice.link());
            }
            reached++;
        }
        return reached;
    }
}
