package fr.agora.council.service;

import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.domain.SeatRounding;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.RunAs;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo membres de droit for {@code ./agora run}: the comité de quartier des Parcheminiers (the one comité the sources
 * name) is linked to a demo council of the Parcheminiers QPV, and the demo comité officer (comite@agora.demo) belongs
 * to it, so that they can designate its titulaire and suppléant at {@code /conseils/comite}. Loaded once, through the
 * services, as the demo agent.
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
class ComiteDemoData {

    static final String PARCHEMINIERS = "Conseil citoyen des Parcheminiers (démo)";
    static final String COMITE = "CQ-PARCHEMINIERS";
    static final String OFFICER = "comite@agora.demo";

    private static final Logger log = LoggerFactory.getLogger(ComiteDemoData.class);

    private final CouncilRepository rows;
    private final UserAccountRepository users;
    private final TerritoryRepository territories;
    private final CouncilService councils;
    private final ComiteDesignationService comites;
    private final TransactionTemplate transaction;

    ComiteDemoData(CouncilRepository rows, UserAccountRepository users, TerritoryRepository territories,
            CouncilService councils, ComiteDesignationService comites, PlatformTransactionManager tx) {
        this.rows = rows;
        this.users = users;
        this.territories = territories;
        this.councils = councils;
        this.comites = comites;
        this.transaction = new TransactionTemplate(tx);
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(5)
    void onReady() {
        transaction.executeWithoutResult(s -> load());
    }

    void load() {
        if (users.findByEmail(CouncilDemoData.AGENT).isEmpty()) {
            return;
        }
        // the demo officer belongs to the comité, even when the account came after the council
        users.findByEmail(OFFICER).filter(u -> u.getQuartier() == null).ifPresent(u -> u.updateProfile(
                u.getDisplayName(), territories.findFirstByCodeOrderByValidFromDesc(COMITE).orElseThrow(), u.getLocale()));
        if (rows.findAllWithTerritories().stream().anyMatch(c -> c.getName().equals(PARCHEMINIERS))) {
            return;
        }
        log.info("Chargement du conseil citoyen de démonstration des Parcheminiers et de son comité de quartier");
        RunAs.user(CouncilDemoData.AGENT, () -> {
            CouncilData c = councils.create(new CouncilForm(PARCHEMINIERS, List.of("QPV-PARCHEMINIERS"), 1804,
                    "INSEE, population municipale des QPV", 2025, SeatRounding.HALF_UP, false, 2, true));
            comites.link(c.id(), COMITE);
            return null;
        }, Role.Names.STAFF);
        rows.findAllWithTerritories().stream().filter(c -> c.getName().equals(PARCHEMINIERS)).forEach(c -> c.markDemo());
    }
}
