package fr.agora.shared.service;

import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the README's run command ({@code agora.demo.enabled=true}): one account per role, a few
 * residents, and the other Amiens comités de quartier, flagged as demo. Loaded once; a restart keeps what users
 * entered since.
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    /** The demo password of every demo account. Demo only: the prod profile never loads demo data. */
    public static final String PASSWORD = "Demo-Agora-2026";

    /** Demo accounts, e-mail to role. */
    public static final Map<String, Role> ACCOUNTS = Map.ofEntries(
            Map.entry("admin@agora.demo", Role.ADMIN),
            Map.entry("agent@agora.demo", Role.STAFF),
            Map.entry("tirage@agora.demo", Role.DRAW_OPERATOR),
            Map.entry("moderation@agora.demo", Role.MODERATOR),
            Map.entry("services@agora.demo", Role.SERVICE_REVIEWER),
            Map.entry("partenaire@agora.demo", Role.PARTNER),
            Map.entry("elu@agora.demo", Role.ELECTED),
            Map.entry("comite@agora.demo", Role.COMMITTEE_OFFICER),
            Map.entry("conseiller@agora.demo", Role.COUNCIL_MEMBER),
            Map.entry("habitant@agora.demo", Role.RESIDENT));

    private static final List<String[]> RESIDENTS = List.of(
            new String[] {"camille.martin@agora.demo", "Camille Martin", "QPV-ETOUVIE"},
            new String[] {"karim.benali@agora.demo", "Karim Benali", "QPV-AMIENS-NORD"},
            new String[] {"sophie.leroy@agora.demo", "Sophie Leroy", "QPV-PIERRE-ROLLIN"},
            new String[] {"yannick.dubois@agora.demo", "Yannick Dubois", "QPV-PARCHEMINIERS"});

    /** Real Amiens quartier names (DOMAIN.md §2), as demo comités: the sources name only Parcheminiers. */
    private static final List<String[]> COMITES = List.of(
            new String[] {"CQ-SAINT-LEU", "Comité de quartier Saint-Leu", "SECT-CENTRE", "49.8968", "2.3003"},
            new String[] {"CQ-ETOUVIE", "Comité de quartier d'Etouvie", "SECT-OUEST", "49.9050", "2.2450"},
            new String[] {"CQ-SAINT-MAURICE", "Comité de quartier Saint-Maurice", "SECT-OUEST", "49.9010", "2.2800"},
            new String[] {"CQ-RENANCOURT", "Comité de quartier de Renancourt", "SECT-OUEST", "49.8930", "2.2600"},
            new String[] {"CQ-MARIVAUX", "Comité de quartier Marivaux", "SECT-NORD", "49.9200", "2.2950"},
            new String[] {"CQ-PIGEONNIER", "Comité de quartier du Pigeonnier", "SECT-NORD", "49.9150", "2.2780"},
            new String[] {"CQ-SAINT-GERMAIN", "Comité de quartier Saint-Germain", "SECT-CENTRE", "49.8950", "2.2930"},
            new String[] {"CQ-VAL-AVRE", "Comité de quartier du Val d'Avre", "SECT-SUD", "49.8720", "2.3100"},
            new String[] {"CQ-PETIT-SAINT-JEAN", "Comité de quartier Petit Saint-Jean", "SECT-OUEST", "49.8890", "2.2700"},
            new String[] {"CQ-SAINT-ROCH", "Comité de quartier Saint-Roch", "SECT-CENTRE", "49.8900", "2.2850"},
            new String[] {"CQ-CROIX-ROMPUE", "Comité de quartier de la Croix Rompue", "SECT-SUD", "49.8800", "2.2900"},
            new String[] {"CQ-ELBEUF", "Comité de quartier d'Elbeuf", "SECT-EST", "49.8910", "2.3250"});

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccountRepository users;
    private final TerritoryRepository territories;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoData(UserAccountRepository users, TerritoryRepository territories, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.territories = territories;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsByEmail("admin@agora.demo")) {
            return;
        }
        log.info("Chargement des données de démonstration");
        String hash = encoder.encode(PASSWORD);
        for (String[] c : COMITES) {
            if (territories.findFirstByCodeOrderByValidFromDesc(c[0]).isEmpty()) {
                Territory t = new Territory(c[0], TerritoryKind.COMITE, c[1] + " (démo)", LocalDate.of(2015, 1, 1));
                t.setParent(territories.findFirstByCodeOrderByValidFromDesc(c[2]).orElse(null));
                t.setCentre(new fr.agora.shared.domain.GeoPoint(Double.parseDouble(c[3]), Double.parseDouble(c[4])));
                t.setDemo(true);
                t.setSource("Données de démonstration");
                territories.save(t);
            }
        }
        ACCOUNTS.forEach((email, role) -> {
            UserAccount u = new UserAccount(email, displayName(role), hash, clock.instant());
            u.verifyEmail();
            u.consent(AccountService.NOTICE_VERSION, clock.instant());
            u.grant(role);
            if (role == Role.PARTNER) {
                u.setOrganisation("Amiens Habitat (démo)");
            }
            users.save(u);
        });
        for (String[] r : RESIDENTS) {
            UserAccount u = new UserAccount(r[0], r[1], hash, clock.instant());
            u.verifyEmail();
            u.consent(AccountService.NOTICE_VERSION, clock.instant());
            u.updateProfile(r[1], territories.findFirstByCodeOrderByValidFromDesc(r[2]).orElse(null), "fr");
            users.save(u);
        }
    }

    private static String displayName(Role role) {
        return switch (role) {
            case ADMIN -> "Administratrice (démo)";
            case STAFF -> "Agent Mission Démocratie locale (démo)";
            case DRAW_OPERATOR -> "Opératrice du tirage (démo)";
            case MODERATOR -> "Modérateur (démo)";
            case SERVICE_REVIEWER -> "Service technique (démo)";
            case PARTNER -> "Partenaire bailleur (démo)";
            case ELECTED -> "Maire adjoint de secteur (démo)";
            case COMMITTEE_OFFICER -> "Présidente de comité (démo)";
            case COUNCIL_MEMBER -> "Conseiller citoyen (démo)";
            case RESIDENT -> "Habitante (démo)";
        };
    }
}
