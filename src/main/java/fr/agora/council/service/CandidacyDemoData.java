package fr.agora.council.service;

import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.CandidacyCampaignRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.domain.OrganisationType;
import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.Sex;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.RunAs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo calls for candidacies for {@code ./agora run}, on the (still provisional) Etouvie demo council: an open call
 * to residents with a few volunteers (one entered from paper by the demo agent) and an open call to associations;
 * and, on the Parcheminiers demo council, a closed associations' call with more candidates than seats, whose election
 * is left for the demo agent to open: the one-time codes are shown once to the agent who opens it (to print or hand
 * out) and are stored nowhere, not even in the outbox, so a demo vote starts there. Runs after
 * {@link CouncilDemoData} and {@link ComiteDemoData}; loaded once.
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
class CandidacyDemoData {

    private static final Logger log = LoggerFactory.getLogger(CandidacyDemoData.class);

    private final CouncilService councils;
    private final CandidacyService candidacies;
    private final CampaignService calls;
    private final MembershipService membership;
    private final CandidacyCampaignRepository campaigns;
    private final Clock clock;

    CandidacyDemoData(CouncilService councils, CandidacyService candidacies, CampaignService calls,
            MembershipService membership, CandidacyCampaignRepository campaigns, Clock clock) {
        this.membership = membership;
        this.calls = calls;
        this.councils = councils;
        this.candidacies = candidacies;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void onReady() {
        etouvie();
        parcheminiersElection();
    }

    private static final String[] ASSOCIATIONS = {"Association des locataires des Parcheminiers (démo)",
        "Collectif Saint-Leu solidaire (démo)", "Parents d'élèves de l'école du quartier (démo)",
        "Table de quartier des Parcheminiers (démo)", "Club de jeunes du Pont-Neuf (démo)"};
    private static final String[][] PAIRS = {{"Hélène Carré", "Yassine Bouzid"}, {"Marc Delattre", "Sonia Vidal"},
        {"Nathalie Poulain", "Karim Saidi"}, {"Claude Hénon", "Aminata Keita"}, {"Romain Lecomte", "Julie Perrin"}};

    /** A closed associations' call with one candidate more than the seats, and its election open. */
    private void parcheminiersElection() {
        CouncilData council = councils.all().stream().filter(c -> c.name().equals(ComiteDemoData.PARCHEMINIERS))
                .findFirst().orElse(null);
        if (council == null || !campaigns.findByCouncil(council.id()).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate received = CouncilTime.today(clock).minusDays(10);
        RunAs.user(CouncilDemoData.AGENT, () -> {
            CampaignData call = calls.create(new CampaignForm(council.id(), CampaignKind.ASSOCIATION,
                    "Associations et acteurs locaux des Parcheminiers (démo)",
                    "Appel clos : plus de structures candidates que de sièges, une élection départage les candidates.",
                    "Courrier aux associations", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(2)),
                    candidacies.settings().minimumAge()));
            int seats = membership.freeSeats(council.id(), fr.agora.council.domain.College.ASSOCIATIONS);
            for (int i = 0; i <= seats && i < ASSOCIATIONS.length; i++) {
                String[] names = PAIRS[i][0].split(" ");
                candidacies.enterAssociation(call.id(), new AssociationApplication(ASSOCIATIONS[i],
                        OrganisationType.values()[i % OrganisationType.values().length], "QPV-PARCHEMINIERS", names[1],
                        names[0], "association" + (i + 1) + ".parcheminiers@agora.demo", null, PAIRS[i][0], null,
                        PAIRS[i][1], null, true), new AssistedEntry(received, "Mairie annexe Centre"), Locale.FRENCH);
            }
            return null;
        }, Role.Names.STAFF);
    }

    private void etouvie() {
        CouncilData etouvie = councils.all().stream().filter(c -> c.name().equals(CouncilDemoData.ETOUVIE)).findFirst()
                .orElse(null);
        if (etouvie == null || !campaigns.findByCouncil(etouvie.id()).isEmpty()) {
            return;
        }
        log.info("Chargement des appels à candidatures de démonstration");
        Instant now = clock.instant();
        Instant opened = now.minus(Duration.ofDays(5));
        Instant closes = now.plus(Duration.ofDays(25));
        RunAs.user(CouncilDemoData.AGENT, () -> {
            CampaignData residents = calls.create(new CampaignForm(etouvie.id(), CampaignKind.HABITANT,
                    "Devenez conseillère ou conseiller citoyen d'Etouvie (démo)",
                    "Le Collège Habitants du conseil citoyen d'Etouvie est renouvelé. Les volontaires rejoignent la liste"
                            + " du tirage au sort public, avec les fichiers prévus par le contrat de ville.",
                    "Journal municipal, mairie annexe Ouest, centre social d'Etouvie", opened, closes,
                    candidacies.settings().minimumAge()));
            CampaignData associations = calls.create(new CampaignForm(etouvie.id(), CampaignKind.ASSOCIATION,
                    "Associations et acteurs locaux d'Etouvie (démo)",
                    "Les associations et acteurs locaux d'Etouvie peuvent proposer un ou une titulaire et un ou une"
                            + " suppléant(e) au Collège Associations.", "Courrier aux associations, réseaux des partenaires",
                    opened, closes, candidacies.settings().minimumAge()));
            candidacies.apply(residents.id(), new ResidentApplication("Haddad", "Inès", "ines.haddad@agora.demo", null,
                    "QPV-ETOUVIE", "4 rue du Pays d'Auge", "80080", LocalDate.of(2005, 3, 12), Sex.FEMALE, EuStatus.EU,
                    true, true), Locale.FRENCH);
            candidacies.apply(residents.id(), new ResidentApplication("Traoré", "Moussa", null, "06 11 22 33 44",
                    "QPV-ETOUVIE", "9 avenue de Grâce", "80080", LocalDate.of(1979, 11, 2), Sex.MALE, EuStatus.NON_EU,
                    true, true), Locale.FRENCH);
            candidacies.enterResident(residents.id(), new ResidentApplication("Lefort", "Jacqueline", null,
                    "03 22 44 55 66", "QPV-ETOUVIE", "2 place de Picardie", "80080", LocalDate.of(1948, 6, 30),
                    Sex.FEMALE, EuStatus.EU, true, true), new AssistedEntry(CouncilTime.today(clock).minusDays(2), "Mairie annexe Ouest"), Locale.FRENCH);
            candidacies.applyAssociation(associations.id(), new AssociationApplication("Amicale des locataires"
                    + " d'Etouvie (démo)", OrganisationType.LOCATAIRES, "QPV-ETOUVIE", "Vasseur", "Martine",
                    "amicale.etouvie@agora.demo", null, "Martine Vasseur", null, "Paul Herbet", null, true), Locale.FRENCH);
            return null;
        }, Role.Names.STAFF);
    }
}
