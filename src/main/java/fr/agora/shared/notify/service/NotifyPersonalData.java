package fr.agora.shared.notify.service;

import fr.agora.shared.notify.domain.Subscription;
import fr.agora.shared.notify.domain.SubscriptionRepository;
import fr.agora.shared.service.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The notification choices in "Télécharger mes données" (with their opt-in dates), erased with the account. */
@Component
class NotifyPersonalData implements PersonalData {

    private final SubscriptionRepository subscriptions;

    NotifyPersonalData(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String key() {
        return "notifications";
    }

    @Override
    public Map<String, Object> export(Person person) {
        List<Subscription> mine = subscriptions.findByAccountIdOrderById(person.userId());
        if (mine.isEmpty()) {
            return Map.of();
        }
        return Map.of("subscriptions", mine.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topic", s.getTopic().asString());
            m.put("channel", s.getChannel());
            m.put("mode", s.getMode().name());
            m.put("optedInAt", s.getOptedInAt().toString());
            m.put("unsubscribedAt", s.getUnsubscribedAt() == null ? null : s.getUnsubscribedAt().toString());
            return m;
        }).toList());
    }

    @Override
    public void erase(Person person) {
        subscriptions.deleteByAccountId(person.userId());
    }
}
