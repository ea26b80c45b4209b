package fr.agora.council.service;

import fr.agora.council.domain.College;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatRounding;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.RunAs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo councils for {@code ./agora run}: Pierre Rollin (2,920 inhabitants, 6 seats per collège), official since a
 * demo arrêté, with drawn residents, associations and a comité de quartier's membre de droit
 * (conseiller@agora.demo is one of them and sees the members' area); and Etouvie, still provisional. Names are
 * invented and marked as demo. Loaded once, through the services, as the demo agent.
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
class CouncilDemoData {

    static final String PIERRE_ROLLIN = "Conseil citoyen Pierre Rollin (démo)";
    static final String ETOUVIE = "Conseil citoyen d'Etouvie (démo)";
    static final String AGENT = "agent@agora.demo";

    private static final Logger log = LoggerFactory.getLogger(CouncilDemoData.class);
    private static final String[][] RESIDENTS = {
        {"Awa Diallo", "Léa Petit"}, {"Karim Benali", "Hugo Lefèvre"}, {"Sophie Leroy", "Inès Haddad"},
        {"Moussa Traoré", "Julien Caron"}, {"Fatou Ndiaye", "Chloé Dumont"}, {"Yannick Dubois", "Rachid Amrani"},
    };
    private static final String[][] ASSOCIATIONS = {
        {"Amicale des locataires Pierre Rollin (démo)", "Martine Vasseur", "Paul Herbet"},
        {"Association de parents d'élèves du groupe scolaire (démo)", "Nadia Cherif", "Olivier Masson"},
        {"Centre social du quartier (démo)", "Claire Fontaine", "Samir Belkacem"},
        {"Club de football du quartier (démo)", "Thomas Lenoir", "Aïcha Mbaye"},
        {"Collectif des jardins partagés (démo)", "Brigitte Marchand", "Lucas Renard"},
        {"Table de quartier (démo)", "Mélanie Roger", "Ousmane Sow"},
    };

    private final CouncilRepository rows;
    private final UserAccountRepository users;
    private final CouncilService councils;
    private final MembershipService membership;
    private final ArreteService arretes;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CouncilDemoData(CouncilRepository rows, UserAccountRepository users, CouncilService councils,
            MembershipService membership, ArreteService arretes, Clock clock, PlatformTransactionManager tx) {
        this.membership = membership;
        this.arretes = arretes;
        this.rows = rows;
        this.users = users;
        this.councils = councils;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tx);
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(0)
    void onReady() {
        transaction.executeWithoutResult(s -> load());
    }

    void load() {
        if (users.findByEmail(AGENT).isEmpty()
                || rows.findAllWithTerritories().stream().anyMatch(c -> c.getName().equals(PIERRE_ROLLIN))) {
            return;
        }
        log.info("Chargement des conseils citoyens de démonstration");
        asAgent(() -> {
            CouncilData pr = councils.create(new CouncilForm(PIERRE_ROLLIN, List.of("QPV-PIERRE-ROLLIN"), 2920,
                    "INSEE, population municipale des QPV", 2025, SeatRounding.HALF_UP, false, 2, true));
            for (int i = 0; i < RESIDENTS.length; i++) {
                String t = RESIDENTS[i][0];
                String email = i == 0 ? "conseiller@agora.demo" : null;
                membership.appoint(pr.id(), College.HABITANTS, MemberOrigin.DRAW,
                        new Appointment(t + " (démo)", null, email, null, i % 3 != 2),
                        new Appointment(RESIDENTS[i][1] + " (démo)", null, null, null, true));
            }
            for (String[] a : ASSOCIATIONS) {
                membership.appoint(pr.id(), College.ASSOCIATIONS, MemberOrigin.ASSOCIATION,
                        new Appointment(a[1] + " (démo)", a[0], null, null, true),
                        new Appointment(a[2] + " (démo)", a[0], null, null, true));
            }
            membership.appoint(pr.id(), College.ASSOCIATIONS, MemberOrigin.MEMBRE_DE_DROIT,
                    new Appointment("Gérard Lemaire (démo)", "Comité de quartier Saint-Pierre (démo)", null, null, true),
                    new Appointment("Odile Carpentier (démo)", "Comité de quartier Saint-Pierre (démo)", null, null, true));
            LocalDate start = CouncilTime.today(clock).minusMonths(22).withDayOfMonth(1);
            councils.startMandate(pr.id(), start);
            arretes.recordArrete(pr.id(), start.minusDays(10), "Arrêté préfectoral n° DEMO-" + start.getYear() + "-042",
                    demoArrete(), true);
            councils.create(new CouncilForm(ETOUVIE, List.of("QPV-ETOUVIE"), 7007,
                    "INSEE, population municipale des QPV", 2025, SeatRounding.HALF_UP, false, 2, true));
            return null;
        });
        rows.findAllWithTerritories().stream().filter(c -> c.getName().equals(PIERRE_ROLLIN)).forEach(c -> c.markDemo());
        rows.findAllWithTerritories().stream().filter(c -> c.getName().equals(ETOUVIE)).forEach(c -> c.markDemo());
    }

    /** A one-page PDF saying it is a demo document. */
    private static byte[] demoArrete() {
        String text = "BT /F1 14 Tf 72 720 Td (Arrete prefectoral de demonstration - document fictif) Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + text.length() + " >> stream\n" + text + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static <T> T asAgent(Supplier<T> action) {
        return RunAs.user(AGENT, action, Role.Names.STAFF);
    }
}
