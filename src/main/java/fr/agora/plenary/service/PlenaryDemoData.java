package fr.agora.plenary.service;

import fr.agora.council.CouncilDirectory;
import fr.agora.plenary.domain.MotionKind;
import fr.agora.plenary.domain.Plenary;
import fr.agora.plenary.domain.PlenaryAvis;
import fr.agora.plenary.domain.PlenaryAvisRepository;
import fr.agora.plenary.domain.PlenaryContribution;
import fr.agora.plenary.domain.PlenaryContributionRepository;
import fr.agora.plenary.domain.PlenaryMotionRepository;
import fr.agora.plenary.domain.PlenaryRepository;
import fr.agora.plenary.domain.Representation;
import fr.agora.plenary.domain.Motion;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.Dates;
import fr.agora.shared.service.RunAs;
import fr.agora.voting.Majority;
import fr.agora.voting.Secrecy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo plenaries for {@code ./agora run}: last year's, held, with its contributions, the avis adopted and the city's
 * answers (one avis overdue), its minutes published; and the next one, planned, with its representatives partly
 * designated: the Pierre Rollin conseil's Habitants by a vote of its members (through the voting core), its
 * Associations' vote still open for the demo council member, none yet for Etouvie (the staff screen flags both).
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
class PlenaryDemoData {

    static final String AGENT = "agent@agora.demo";
    static final String MEMBER = "conseiller@agora.demo";
    static final String ELECTED = "elu@agora.demo";
    static final String RESIDENT = "habitant@agora.demo";
    private static final Logger log = LoggerFactory.getLogger(PlenaryDemoData.class);

    private final PlenaryRepository plenaryRows;
    private final PlenaryMotionRepository motions;
    private final PlenaryAvisRepository avis;
    private final PlenaryContributionRepository contributionRows;
    private final PlenaryService plenaries;
    private final RepresentativeService representatives;
    private final ContributionService contributions;
    private final CouncilDirectory councils;
    private final AccountDirectory accounts;
    private final Dates dates;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PlenaryDemoData(PlenaryRepository plenaryRows, PlenaryMotionRepository motions, PlenaryAvisRepository avis,
            PlenaryContributionRepository contributionRows, PlenaryService plenaries,
            RepresentativeService representatives, ContributionService contributions, CouncilDirectory councils,
            AccountDirectory accounts, Dates dates, Clock clock, PlatformTransactionManager tx) {
        this.plenaryRows = plenaryRows;
        this.motions = motions;
        this.avis = avis;
        this.contributionRows = contributionRows;
        this.plenaries = plenaries;
        this.representatives = representatives;
        this.contributions = contributions;
        this.councils = councils;
        this.accounts = accounts;
        this.dates = dates;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tx);
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(60)
    void onReady() {
        if (!accounts.hasAccount(AGENT) || plenaryRows.findAll().stream().anyMatch(Plenary::isDemo)) {
            return;
        }
        List<CouncilDirectory.CouncilEntry> demo = councils.councils().stream().filter(CouncilDirectory.CouncilEntry::demo).toList();
        if (demo.isEmpty()) {
            return;
        }
        log.info("Chargement des plénières de démonstration");
        LocalDate next = dates.today().plusDays(60);
        transaction.executeWithoutResult(s -> past(demo, next.minusYears(1)));
        transaction.executeWithoutResult(s -> RunAs.user(AGENT, () -> {
            upcoming(demo, next);
            return null;
        }, Role.Names.STAFF));
    }

    private void past(List<CouncilDirectory.CouncilEntry> demo, LocalDate day) {
        Instant held = day.atTime(9, 30).atZone(dates.zone()).toInstant();
        Plenary p = Plenary.recordPast("Plénière des conseils citoyens " + day.getYear() + " (démo)", held, day.getYear(),
                "Hôtel de Ville d'Amiens, salle du conseil (démo)", List.of("Accueil par le maire adjoint",
                        "Contributions des conseils citoyens", "Avis de la plénière", "Désignation au comité de suivi"),
                50, 3, demo.stream().map(c -> new Plenary.Council(c.id(), c.name())).toList(), AGENT, held);
        p.markDemo();
        p.draftMinutes("Présents : 10 représentants sur 12 (quorum atteint).\nTrois avis adoptés, transmis à la Ville "
                + "le jour même.\nLes conseils ont présenté leurs contributions ; débat avec les services.");
        p.approveMinutes(day.plusDays(20), dates.today());
        p.publishMinutes(held.plusSeconds(20L * 86400));
        plenaryRows.save(p);
        CouncilDirectory.CouncilEntry first = demo.getFirst();
        PlenaryContribution c = new PlenaryContribution(p.getId(), first.id(), first.name(), AGENT, held);
        c.write("Mobilités : mieux relier le quartier au centre-ville",
                "Le conseil demande des bus plus fréquents le soir et le dimanche, et des arrêts accessibles.", AGENT, held);
        c.approve(day.minusDays(20), dates.today(), null, AGENT);
        contributionRows.save(c);
        String[][] texts = {
                {"Avis sur les mobilités du soir et du dimanche",
                        "La plénière demande à la Ville d'étudier avec Amiens Métropole un renfort des bus le soir et le dimanche."},
                {"Avis sur la santé de proximité", "La plénière demande une permanence de santé dans chaque quartier prioritaire."},
                {"Avis sur les locaux des conseils citoyens",
                        "La plénière demande que chaque conseil dispose d'un local ouvert en soirée."}};
        for (int i = 0; i < texts.length; i++) {
            Motion m = motions.save(Motion.recordPast(p.getId(), MotionKind.AVIS, texts[i][0] + " (démo)", texts[i][1],
                    Majority.SIMPLE, 8 - i, 1, 1, AGENT, held));
            PlenaryAvis a = new PlenaryAvis(p, m, day);
            if (i == 0) {
                a.recordAnswer("La Ville et Amiens Métropole renforcent la ligne du soir à l'essai pendant six mois (démo).",
                        "Élue déléguée à la démocratie locale (démo)", day.plusMonths(2));
            } else if (i == 1) {
                a.recordAnswer("Une permanence est ouverte à la maison de santé d'Etouvie ; les autres quartiers sont à l'étude (démo).",
                        "Élue déléguée à la démocratie locale (démo)", day.plusMonths(3).plusDays(10));
            }
            avis.save(a);
        }
        // one adopted amendment and one motion rejected, for the record
        motions.save(Motion.recordPast(p.getId(), MotionKind.AMENDEMENT, "Amendement : ajouter les commerces de proximité (démo)",
                "Ajouter les commerces de proximité à l'avis sur les mobilités.", Majority.SIMPLE, 6, 2, 2, AGENT, held));
        motions.save(Motion.recordPast(p.getId(), MotionKind.AVIS, "Avis sur le stationnement payant (démo)",
                "La plénière demande la gratuité du stationnement le samedi.", Majority.ABSOLUTE, 4, 4, 2, AGENT, held));
    }

    private void upcoming(List<CouncilDirectory.CouncilEntry> demo, LocalDate day) {
        PlenaryData p = plenaries.plan(new PlenaryForm("Plénière des conseils citoyens " + day.getYear() + " (démo)", day,
                LocalTime.of(9, 30), "Hôtel de Ville d'Amiens, salle du conseil (démo)",
                List.of("Accueil", "Contributions des conseils citoyens", "Avis de la plénière",
                        "Désignation des représentants au comité opérationnel de suivi"),
                50, 3, day.minusDays(15), true, demo.stream().map(CouncilDirectory.CouncilEntry::id).toList()));
        plenaryRows.findById(p.id()).ifPresent(Plenary::markDemo);
        CouncilDirectory.CouncilEntry first = demo.stream().filter(c -> !councils.activeMembers(c.id()).isEmpty())
                .findFirst().orElse(null);
        if (first == null || accounts.byEmail(MEMBER).isEmpty()) {
            return;
        }
        // the Habitants: a vote of the members (the demo member approves the first three titulaires), closed
        DesignationData h = representatives.openDesignation(p.id(), first.id(), Representation.HABITANTS, Secrecy.SECRET);
        Set<Long> three = Set.copyOf(h.candidates().stream().limit(3).map(DesignationData.Candidate::memberId).toList());
        RunAs.user(MEMBER, () -> {
            representatives.castDesignation(h.id(), three);
            return null;
        }, Role.Names.COUNCIL_MEMBER);
        representatives.closeDesignation(h.id());
        // the Associations: a vote still open, for the demo member to cast from « Mon espace »
        representatives.openDesignation(p.id(), first.id(), Representation.ASSOCIATIONS, Secrecy.SECRET);
        contributions.write(p.id(), first.id(), "Jeunesse : des lieux ouverts le soir (démo)",
                "Le conseil propose d'ouvrir les gymnases et la maison de quartier jusqu'à 22 h pendant les vacances.");
        contributions.approve(p.id(), first.id(), dates.today(), null);
        contributionRows.findByPlenaryIdAndCouncilId(p.id(), first.id()).ifPresent(c -> {
            if (accounts.hasAccount(RESIDENT)) {
                String text = "Très bonne idée, surtout l'été.";
                RunAs.user(RESIDENT, () -> {
                    contributions.comment(c.getId(), text);
                    return null;
                }, Role.Names.RESIDENT);
                // publish this comment only, not whatever else waits in the moderation queue
                contributions.pendingComments().stream().filter(x -> text.equals(x.body())).reduce((a, b) -> b)
                        .ifPresent(x -> contributions.moderate(x.id(), true));
            }
        });
    }
}
