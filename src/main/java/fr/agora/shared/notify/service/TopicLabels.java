package fr.agora.shared.notify.service;

import fr.agora.shared.notify.Topic;
import fr.agora.shared.notify.TopicCatalog;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.TerritoryService;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The name a person recognises for a topic: a quartier's name, a council's (from its feature), "the proposals I follow". */
@Component
class TopicLabels {

    private final TerritoryService territories;
    private final List<TopicCatalog> catalogs;

    TopicLabels(TerritoryService territories, List<TopicCatalog> catalogs) {
        this.territories = territories;
        this.catalogs = catalogs;
    }

    String label(Topic topic, Locale locale) {
        BundleTexts t = new BundleTexts("notify", locale);
        if (topic.isFollowed()) {
            return t.get("notify.topic.followed." + topic.kind());
        }
        if (topic.kind() == Topic.Kind.QUARTIER) {
            return t.get("notify.topic.quartier", territories.latest(topic.key()).map(d -> d.name()).orElse(topic.key()));
        }
        return catalogs.stream().filter(c -> c.kind() == topic.kind())
                .flatMap(c -> c.choices(locale).stream())
                .filter(c -> c.topic().equals(topic))
                .map(TopicCatalog.Choice::label)
                .findFirst()
                .orElseGet(() -> t.get("notify.topic." + topic.kind(), topic.key()));
    }
}
