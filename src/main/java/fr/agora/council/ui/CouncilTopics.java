package fr.agora.council.ui;

import fr.agora.council.service.CouncilService;
import fr.agora.shared.notify.Topic;
import fr.agora.shared.notify.TopicCatalog;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The conseils citoyens a resident may follow in their notification preferences. */
@Component
class CouncilTopics implements TopicCatalog {

    private final CouncilService councils;

    CouncilTopics(CouncilService councils) {
        this.councils = councils;
    }

    @Override
    public Topic.Kind kind() {
        return Topic.Kind.COUNCIL;
    }

    @Override
    public List<Choice> choices(Locale locale) {
        return councils.all().stream().map(c -> new Choice(Topic.council(c.id()), c.name())).toList();
    }
}
