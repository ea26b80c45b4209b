package fr.agora.comites.service;

import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.RunAs;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo directory facts for {@code ./agora run}: the comité de quartier des Parcheminiers (the one the sources name)
 * gets its associative status, contact, premises and members (the demo officer and a demo resident), and the Centre
 * secteur a demo maire adjoint. Loaded once, through the service, as the demo agent; every text says « démo ».
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
class ComitesDemoData {

    static final String AGENT = "agent@agora.demo";
    static final String OFFICER = "comite@agora.demo";
    static final String RESIDENT = "habitant@agora.demo";
    private static final Logger log = LoggerFactory.getLogger(ComitesDemoData.class);

    private final ComiteService comites;
    private final TerritoryService territories;
    private final AccountDirectory accounts;
    private final TransactionTemplate transaction;

    ComitesDemoData(ComiteService comites, TerritoryService territories, AccountDirectory accounts,
            PlatformTransactionManager tx) {
        this.comites = comites;
        this.territories = territories;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(tx);
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(19)
    void onReady() {
        Long id = territory("CQ-PARCHEMINIERS");
        if (id == null || !accounts.hasAccount(AGENT) || !comites.members(id).isEmpty()) {
            return;
        }
        log.info("Chargement de la fiche de démonstration du comité de quartier des Parcheminiers");
        transaction.executeWithoutResult(s -> RunAs.user(AGENT, () -> {
            comites.describe(id, new ComiteForm("Association loi 1901 (démo)", "Présidente du comité (démo)",
                    OFFICER, null, "Maison du quartier Saint-Leu (démo)"));
            Long centre = territory("SECT-CENTRE");
            if (centre != null) {
                comites.nameMaireAdjoint(centre, "Maire adjoint du secteur Centre (démo)");
            }
            comites.addMember(id, new ComiteMemberForm("Officier du comité (démo)", OFFICER, null, true, true));
            comites.addMember(id, new ComiteMemberForm("Habitant du quartier (démo)", RESIDENT, null, false, true));
            return null;
        }, Role.Names.STAFF));
    }

    private Long territory(String code) {
        return territories.all().stream().filter(t -> t.code().equals(code) && t.validTo() == null)
                .filter(t -> t.kind() == TerritoryKind.COMITE || t.kind() == TerritoryKind.SECTEUR)
                .map(TerritoryData::id).findFirst().orElse(null);
    }
}
