package fr.agora.walks.service;

import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AccountRef;
import fr.agora.shared.service.MailService;
import fr.agora.walks.WalkFollowUpPublished;
import fr.agora.walks.domain.WalkRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a walk's participants that its « suite donnée » (what was done after their diagnostic) is published, the
 * first time only. Runs after the publication is committed, in its own transaction; the event stays in the event
 * publication registry until the mails are handed to the outbox, and is sent again after a restart otherwise.
 */
@Component
class FollowUpMail {

    private final WalkRepository walks;
    private final AccountDirectory accounts;
    private final MailService mail;
    private final String publicUrl;

    FollowUpMail(WalkRepository walks, AccountDirectory accounts, MailService mail,
            @Value("${agora.public-url}") String publicUrl) {
        this.walks = walks;
        this.accounts = accounts;
        this.mail = mail;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @ApplicationModuleListener
    void on(WalkFollowUpPublished event) {
        if (!event.firstTime()) {
            return;
        }
        walks.findById(event.walkId()).ifPresent(walk -> {
            String link = publicUrl + "/marches/" + event.walkId();
            for (AccountRef person : accounts.byIds(walk.getParticipantIds())) {
                mail.send(person.email(), "Agora : la suite donnée à votre marche exploratoire",
                        "Bonjour " + person.displayName() + ",\n\n"
                                + "La Ville a publié la suite donnée à la marche exploratoire « " + event.title()
                                + " » à laquelle vous avez participé : ce qui a été fait après votre diagnostic.\n"
                                + link + "\n\n"
                                + "— The follow-up of the exploratory walk you took part in is published: " + link + "\n");
            }
        });
    }
}
