package fr.agora.meetings.service;

import fr.agora.comites.ComiteRegistry;
import fr.agora.council.CouncilDirectory;
import fr.agora.meetings.domain.ItemKind;
import fr.agora.meetings.domain.ItemStatus;
import fr.agora.meetings.domain.Meeting;
import fr.agora.meetings.domain.MeetingBody;
import fr.agora.meetings.domain.MeetingRepository;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.service.RunAs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * Demo meetings for {@code ./agora run}: a year of meetings for the demo conseils (Etouvie under the five-meeting
 * mark), a meeting, a visite and its items for the comité de quartier des Parcheminiers (its directory entry and
 * members come from the comités' own demo data), and an open consultation before works. Loaded once, through the services as the demo agent and officer; meetings already
 * held this year are recorded as the archive. Everything is marked as demo.
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
class MeetingsDemoData {

    static final String AGENT = "agent@agora.demo";
    static final String OFFICER = "comite@agora.demo";
    static final String RESIDENT = "habitant@agora.demo";
    static final String CHANTIER = "Réaménagement de la place Parmentier (démo)";
    private static final Logger log = LoggerFactory.getLogger(MeetingsDemoData.class);

    private final CouncilDirectory councils;
    private final ComiteRegistry comites;
    private final Bodies bodies;
    private final MeetingService meetings;
    private final SessionService sessions;
    private final VisiteService visites;
    private final ConsultationService consultations;
    private final MeetingRepository meetingRows;
    private final fr.agora.meetings.domain.ChantierRepository chantiers;
    private final fr.agora.meetings.domain.VisiteRepository visiteRows;
    private final AccountDirectory users;
    private final TerritoryService territories;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MeetingsDemoData(CouncilDirectory councils, ComiteRegistry comites, Bodies bodies, MeetingService meetings,
            SessionService sessions, VisiteService visites, ConsultationService consultations,
            MeetingRepository meetingRows, fr.agora.meetings.domain.ChantierRepository chantiers,
            fr.agora.meetings.domain.VisiteRepository visiteRows, AccountDirectory users,
            TerritoryService territories, Clock clock,
            PlatformTransactionManager tx) {
        this.councils = councils;
        this.comites = comites;
        this.bodies = bodies;
        this.meetings = meetings;
        this.sessions = sessions;
        this.visites = visites;
        this.consultations = consultations;
        this.meetingRows = meetingRows;
        this.chantiers = chantiers;
        this.visiteRows = visiteRows;
        this.users = users;
        this.territories = territories;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tx);
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(20)
    void onReady() {
        if (!users.hasAccount(AGENT) || meetingRows.findAll().stream().anyMatch(Meeting::isDemo)) {
            return;
        }
        log.info("Chargement des réunions, de la visite de proximité et de la concertation de démonstration");
        transaction.executeWithoutResult(s -> RunAs.user(AGENT, () -> {
            load();
            return null;
        }, Role.Names.STAFF));
    }

    void load() {
        LocalDate today = Paris.date(clock.instant());
        for (CouncilDirectory.CouncilEntry c : councils.councils()) {
            if (!c.demo()) {
                continue;
            }
            String key = "COUNCIL:" + c.id();
            bodies.configure(key, "Maison de quartier (démo), salle du conseil citoyen", 50, true);
            MeetingBody body = bodies.ensure(key);
            // Etouvie stays under the « cinq fois dans l'année » mark, so the compliance dashboard has a case
            boolean under = c.name().contains("Etouvie");
            int past = under ? 2 : 3;
            for (int i = 0; i < past; i++) {
                LocalDate day = today.withDayOfYear(1).plusDays(20L + i * 70L);
                if (!day.isBefore(today)) {
                    break;
                }
                Meeting m = Meeting.recordPast(body, i == 0 ? "Installation et règlement intérieur" : "Réunion plénière n° " + (i + 1),
                        Paris.instant(day.atTime(18, 30)), Paris.instant(day.atTime(20, 30)), body.getPremises(), true,
                        AGENT, clock.instant());
                m.markDemo();
                m.setAgenda(List.of(new String[] {"Ouverture"}, new String[] {"Suivi du contrat de ville", "Point d'étape"}));
                meetingRows.save(m);
                if (i == 0) {
                    sessions.draftMinutes(m.getId(), "Présents : 8 membres votants sur 12 (quorum atteint).\n"
                            + "Le règlement intérieur est adopté (7 pour, 0 contre, 1 abstention).");
                    sessions.approveMinutes(m.getId(), day.plusDays(30).isBefore(today) ? day.plusDays(30) : today);
                    sessions.publishMinutes(m.getId(), true);
                }
            }
            int future = under ? 1 : 2;
            for (int i = 1; i <= future; i++) {
                LocalDate day = today.plusDays(i * 12L);
                MeetingDetail d = meetings.plan(new MeetingForm(key, "Réunion du conseil (démo) n° " + i, day,
                        LocalTime.of(18, 30), LocalTime.of(20, 30), null, null, true,
                        day.minusDays(3).atTime(23, 0), List.of("Ouverture", "Budget participatif : projets du quartier",
                                "Questions des habitants")));
                meetingRows.findById(d.summary().id()).ifPresent(Meeting::markDemo);
            }
        }
        comite(today);
        chantier(today);
    }

    private void comite(LocalDate today) {
        Long id = territory("CQ-PARCHEMINIERS");
        if (id == null) {
            return;
        }
        MeetingDetail ag = meetings.plan(new MeetingForm("COMITE:" + id, "Réunion du comité de quartier (démo)",
                today.plusDays(9), LocalTime.of(19, 0), LocalTime.of(21, 0), "Maison du quartier Saint-Leu (démo)", null, true,
                null,
                List.of("Nuisances nocturnes : point avec le CLSPD", "Préparation de la visite de proximité")));
        meetingRows.findById(ag.summary().id()).ifPresent(Meeting::markDemo);
        VisiteData v = visites.plan(id, today.minusDays(20).getYear() == today.getYear() ? today.minusDays(20) : today,
                "Rue des Granges, place Parmentier, quai Bélu", "Maire adjoint du secteur Centre (démo)",
                "Voirie, Propreté, Éclairage public (démo)");
        visites.addItem(v.id(), ItemKind.PROBLEM, "Dépôts sauvages récurrents au pied des conteneurs (démo)",
                new GeoPoint(49.8968, 2.3003), "Propreté urbaine");
        visites.addItem(v.id(), ItemKind.PROBLEM, "Lampadaire éteint depuis plusieurs semaines (démo)",
                new GeoPoint(49.8979, 2.3021), "Éclairage public");
        visites.addItem(v.id(), ItemKind.NEED, "Des bancs pour les personnes âgées le long du quai (démo)",
                new GeoPoint(49.8985, 2.3035), "Espaces verts");
        visiteRows.findById(v.id()).ifPresent(fr.agora.meetings.domain.Visite::markDemo);
        VisiteData after = visites.all().stream().filter(x -> x.id() == v.id()).findFirst().orElseThrow();
        visites.follow(after.items().get(1).id(), ItemStatus.CLOSED, "Lampe remplacée le lendemain de la visite.");
        visites.follow(after.items().get(0).id(), ItemStatus.IN_PROGRESS, "Passage renforcé le lundi ; étude d'un conteneur enterré.");
    }

    private Long territory(String code) {
        return territories.all().stream().filter(t -> t.code().equals(code) && t.validTo() == null)
                .map(TerritoryData::id).findFirst().orElse(null);
    }

    private void chantier(LocalDate today) {
        ChantierData c = consultations.save(null, new ChantierForm(CHANTIER, "Place Parmentier, Amiens",
                new GeoPoint(49.8972, 2.3015), territory("CQ-PARCHEMINIERS"), "Voirie, Espaces verts, Éclairage public",
                "Réfection des revêtements, plantation de 12 arbres et nouvel éclairage. Le stationnement sera "
                        + "réorganisé pendant les travaux.", null, today.plusDays(35), today.minusDays(5),
                today.plusDays(20)));
        chantiers.findById(c.id()).ifPresent(fr.agora.meetings.domain.Chantier::markDemo);
        ChantierData.AvisData a = RunAs.user(RESIDENT, () -> consultations.giveAvis(c.id(),
                "Merci de garder un passage pour les poussettes pendant les travaux."), Role.Names.RESIDENT);
        consultations.moderate(a.id(), true);
    }
}
