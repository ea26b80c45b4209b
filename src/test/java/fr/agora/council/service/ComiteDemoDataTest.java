package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.council.domain.CouncilRepository;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo comité officer belongs to the Parcheminiers comité, linked once to the demo Parcheminiers council. */
@AgoraSpringTest
class ComiteDemoDataTest {

    @Autowired
    CouncilRepository rows;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    CouncilService councils;
    @Autowired
    ComiteDesignationService comites;
    @Autowired
    PlatformTransactionManager tx;

    @Test
    void theDemoOfficerCanDesignateToTheParcheminiersCouncil() {
        if (users.findByEmail(CouncilDemoData.AGENT).isEmpty()) {
            users.save(new UserAccount(CouncilDemoData.AGENT, "Agent démo", "{noop}x", Instant.now()));
        }
        if (users.findByEmail(ComiteDemoData.OFFICER).isEmpty()) {
            UserAccount officer = new UserAccount(ComiteDemoData.OFFICER, "Présidente de comité (démo)", "{noop}x",
                    Instant.now());
            officer.grant(Role.COMMITTEE_OFFICER);
            users.save(officer);
        }
        ComiteDemoData demo = new ComiteDemoData(rows, users, territories, councils, comites, tx);
        demo.onReady();
        demo.onReady();
        assertThat(councils.all()).filteredOn(c -> c.name().equals(ComiteDemoData.PARCHEMINIERS)).singleElement()
                .satisfies(c -> assertThat(c.territoryCodes()).containsExactly("QPV-PARCHEMINIERS"));
        ComiteSpace space = As.user(ComiteDemoData.OFFICER, comites::mySpace, Role.Names.COMMITTEE_OFFICER);
        assertThat(space.comiteCode()).isEqualTo(ComiteDemoData.COMITE);
        assertThat(space.councils()).extracting(ComiteSpace.CouncilEntry::name).contains(ComiteDemoData.PARCHEMINIERS);
    }
}
