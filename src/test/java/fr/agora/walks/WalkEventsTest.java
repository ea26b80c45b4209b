package fr.agora.walks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.MailMessage;
import fr.agora.shared.domain.MailMessageRepository;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.walks.service.WalkFixtures;
import fr.agora.walks.service.WalkService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The walks' events, published by the walk itself when staff change it, and what listens to them: the participants
 * are mailed when the « suite donnée » is first published.
 */
@AgoraSpringTest
@EnableScenarios
class WalkEventsTest {

    @Autowired
    fr.agora.shared.notify.service.NotificationPreferences notifyPreferences;
    @Autowired
    WalkFixtures fx;
    @Autowired
    WalkService walks;
    @Autowired
    MailMessageRepository outbox;
    @Autowired
    org.springframework.modulith.events.core.EventPublicationRegistry registry;

    @BeforeEach
    void accounts() {
        fx.accounts();
    }

    @Test
    void publishing_a_walk_announces_it_once(Scenario scenario) {
        long walk = fx.walk("Événement publication");
        scenario.stimulate(() -> As.user(WalkFixtures.STAFF, () -> walks.setPublished(walk, true), Role.Names.STAFF))
                .andWaitForEventOfType(WalkPublished.class)
                .matching(e -> e.walkId() == walk)
                .toArriveAndVerify(e -> {
                    assertThat(e.territoryCode()).isEqualTo("QPV-ETOUVIE");
                    assertThat(e.title()).startsWith("Événement publication");
                });
    }

    @Test
    void the_participants_are_mailed_when_the_follow_up_is_first_published(Scenario scenario) {
        String participant = "suite-" + UUID.randomUUID().toString().substring(0, 8) + "@test.fr";
        fx.account(participant, "Participante", Role.RESIDENT, null);
        // the participant chose "the walks I took part in" (issue 13: nothing is mailed without consent)
        As.user(participant, () -> notifyPreferences.optIn(fr.agora.shared.notify.Topic.followed(fr.agora.shared.notify.Topic.Kind.WALK),
                fr.agora.shared.notify.DeliveryMode.IMMEDIATE, true), Role.Names.RESIDENT);
        long walk = fx.walk("Suite donnée");
        As.user(WalkFixtures.STAFF, () -> walks.addParticipant(walk, participant), Role.Names.STAFF);

        scenario.stimulate(() -> As.user(WalkFixtures.STAFF, () -> walks.publishFollowUp(walk, "Lampadaires réparés."),
                        Role.Names.STAFF))
                .andWaitForStateChange(() -> outbox.findByRecipientOrderByCreatedAtDesc(participant), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(mails).extracting(MailMessage::getSubject)
                        .containsExactly("Agora : la suite donnée à votre marche exploratoire"));
        assertThat(outbox.findByRecipientOrderByCreatedAtDesc(participant).getFirst().getBody())
                .contains("/marches/" + walk).contains("/desabonnement?jeton=" + fr.agora.shared.service.MailService.MASK);

        // an update of the summary is not announced again
        scenario.stimulate(() -> As.user(WalkFixtures.STAFF, () -> walks.publishFollowUp(walk, "Lampadaires et haie."),
                        Role.Names.STAFF))
                .andWaitForEventOfType(WalkFollowUpPublished.class)
                .matching(e -> e.walkId() == walk && !e.firstTime())
                .toArrive();
        // the listener has handled it once its publication is complete in the registry
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> registry
                .findIncompletePublications().stream().noneMatch(p -> p.getEvent() instanceof WalkFollowUpPublished f
                        && f.walkId() == walk));
        assertThat(outbox.findByRecipientOrderByCreatedAtDesc(participant)).hasSize(1);
    }
}
