package fr.agora.walks.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountService;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.walks.domain.ObservationRepository;
import fr.agora.walks.domain.WalkRepository;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Télécharger mes données" includes the walks' part (walks enrolled on, pins captured), and deleting the account
 * takes the person off the walks and detaches their pins, which stay in the diagnostic.
 */
@AgoraSpringTest
class WalksPersonalDataTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    WalkService walks;
    @Autowired
    ObservationService observations;
    @Autowired
    AccountService accounts;
    @Autowired
    WalkRepository walkRows;
    @Autowired
    ObservationRepository pinRows;
    @Autowired
    TransactionTemplate tx;

    @Test
    void export_contains_the_walks_part_and_deletion_detaches_the_pins() {
        fx.accounts();
        String email = "marcheur-" + UUID.randomUUID().toString().substring(0, 8) + "@test.fr";
        long userId = fx.account(email, "Marcheur", Role.RESIDENT, null).getId();
        long walk = fx.walk("Données personnelles");
        As.user(WalkFixtures.STAFF, () -> walks.addParticipant(walk, email), Role.Names.STAFF);
        String text = "Lampadaire éteint " + UUID.randomUUID();
        long pin = As.user(email, () -> observations.submit(walk, fx.pin(text, WalkFixtures.ETOUVIE)), Role.Names.RESIDENT).id();

        String json = As.user(email, () -> new String(accounts.exportMyData(), StandardCharsets.UTF_8), Role.Names.RESIDENT);
        assertThat(json).contains("\"walks\"").contains(text).contains("\"enrolledOn\"");

        As.user(email, () -> accounts.deleteMyAccount("x"), Role.Names.RESIDENT);
        tx.executeWithoutResult(s -> {
            assertThat(pinRows.findById(pin).orElseThrow().getAuthorId()).as("pin kept, author detached").isNull();
            assertThat(walkRows.findById(walk).orElseThrow().getParticipantIds()).doesNotContain(userId);
        });
    }
}
