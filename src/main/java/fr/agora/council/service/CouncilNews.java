package fr.agora.council.service;

import fr.agora.council.CouncilDrawn;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.shared.notify.Notice;
import fr.agora.shared.notify.Notifier;
import fr.agora.shared.notify.Topic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A council's news for the residents who chose to follow it (notification preferences): its Collège Habitants was
 * drawn, and the draw's public record is online. After the draw commits, in its own transaction.
 */
@Component
class CouncilNews {

    private final CouncilRepository councils;
    private final Notifier notifier;
    private final String publicUrl;

    CouncilNews(CouncilRepository councils, Notifier notifier, @Value("${agora.public-url}") String publicUrl) {
        this.councils = councils;
        this.notifier = notifier;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @ApplicationModuleListener
    void on(CouncilDrawn event) {
        councils.findById(event.councilId()).ifPresent(c -> notifier.publish(new Notice(Topic.council(c.getId()),
                "tirage au sort, " + c.getName(),
                c.getName() + " : son Collège Habitants a été tiré au sort (" + event.seats()
                        + " sièges). Le procès-verbal public du tirage permet à chacun de le vérifier.\n\n"
                        + "— The residents' seats of this citizens' council were drawn; the public record is online.",
                publicUrl + "/conseils/" + c.getSlug() + "/tirage")));
    }
}
