package fr.agora.meetings.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.comites.ComiteRegistry;
import fr.agora.council.CouncilDirectory;
import fr.agora.meetings.domain.ChantierRepository;
import fr.agora.meetings.domain.MeetingRepository;
import fr.agora.meetings.domain.VisiteRepository;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo data load through the services, once: the comité's visite with items and an open consultation. */
@AgoraSpringTest
class MeetingsDemoDataTest {

    @Autowired
    MeetingFixtures fx;
    @Autowired
    CouncilDirectory councils;
    @Autowired
    ComiteRegistry comites;
    @Autowired
    Bodies bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    SessionService sessions;
    @Autowired
    VisiteService visites;
    @Autowired
    ConsultationService consultations;
    @Autowired
    MeetingRepository meetingRows;
    @Autowired
    ChantierRepository chantiers;
    @Autowired
    VisiteRepository visiteRows;
    @Autowired
    AccountDirectory users;
    @Autowired
    TerritoryService territories;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager tx;

    @Test
    void the_demo_loads_once_with_a_visite_and_an_open_consultation() {
        fx.account(MeetingsDemoData.AGENT, "Agent", Role.STAFF);
        fx.account(MeetingsDemoData.OFFICER, "Comité", Role.COMMITTEE_OFFICER);
        fx.account(MeetingsDemoData.RESIDENT, "Habitant", Role.RESIDENT);
        MeetingsDemoData demo = new MeetingsDemoData(councils, comites, bodies, meetings, sessions, visites, consultations,
                meetingRows, chantiers, visiteRows, users, territories, clock, tx);
        demo.onReady();
        long demoMeetings = meetingRows.findAll().stream().filter(m -> m.isDemo()).count();
        assertThat(demoMeetings).isPositive();
        ChantierData c = As.anonymous(() -> consultations.all()).stream()
                .filter(x -> x.title().equals(MeetingsDemoData.CHANTIER)).findFirst().orElseThrow();
        assertThat(c.collectsAvis()).isTrue();
        assertThat(c.avis()).hasSize(1);
        assertThat(As.anonymous(() -> visites.all())).anyMatch(v -> v.comiteName().contains("Parcheminiers")
                && v.items().size() == 3);
        demo.onReady();
        assertThat(meetingRows.findAll().stream().filter(m -> m.isDemo()).count()).isEqualTo(demoMeetings);
    }
}
