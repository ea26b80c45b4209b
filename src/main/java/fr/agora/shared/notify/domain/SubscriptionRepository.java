package fr.agora.shared.notify.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    List<Subscription> findByAccountIdOrderById(long accountId);

    Optional<Subscription> findByAccountIdAndTopicAndChannel(long accountId, String topic, String channel);

    List<Subscription> findByTopicInAndChannelAndUnsubscribedAtIsNull(Collection<String> topics, String channel);

    void deleteByAccountId(long accountId);
}
