package fr.agora.walks.service;

import fr.agora.shared.notify.Notice;
import fr.agora.shared.notify.Notifier;
import fr.agora.shared.notify.Topic;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AccountRef;
import fr.agora.walks.WalkFollowUpPublished;
import fr.agora.walks.WalkPublished;
import fr.agora.walks.domain.WalkRepository;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The walks' news, through the notifications residents chose: a walk's participants hear that its « suite donnée »
 * (what was done after their diagnostic) is published, the first time only, if they chose "the walks I took part
 * in"; a quartier's subscribers hear that a walk of their quartier went online. Runs after the publication is
 * committed, in its own transaction; the event stays in the event publication registry until the notices are handed
 * over, and is sent again after a restart otherwise.
 */
@Component
class FollowUpMail {

    private final WalkRepository walks;
    private final AccountDirectory accounts;
    private final Notifier notifier;
    private final String publicUrl;

    FollowUpMail(WalkRepository walks, AccountDirectory accounts, Notifier notifier,
            @Value("${agora.public-url}") String publicUrl) {
        this.walks = walks;
        this.accounts = accounts;
        this.notifier = notifier;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @ApplicationModuleListener
    void on(WalkFollowUpPublished event) {
        if (!event.firstTime()) {
            return;
        }
        walks.findById(event.walkId()).ifPresent(walk -> {
            String link = publicUrl + "/marches/" + event.walkId();
            notifier.publish(new Notice(Topic.walk(event.walkId()), "la suite donnée à votre marche exploratoire",
                    "La Ville a publié la suite donnée à la marche exploratoire « " + event.title()
                            + " » à laquelle vous avez participé : ce qui a été fait après votre diagnostic.\n\n"
                            + "— The follow-up of the exploratory walk you took part in is published.",
                    link, accounts.byIds(walk.getParticipantIds()).stream().map(AccountRef::email)
                            .collect(Collectors.toSet())));
        });
    }

    @ApplicationModuleListener
    void on(WalkPublished event) {
        if (event.territoryCode() == null) {
            return;
        }
        notifier.publish(new Notice(Topic.quartier(event.territoryCode()), "une marche exploratoire dans votre quartier",
                "La marche exploratoire « " + event.title() + " » est en ligne : son parcours, ses constats et ses "
                        + "propositions.\n\n— An exploratory walk of your neighbourhood is online.",
                publicUrl + "/marches/" + event.walkId()));
    }
}
