package fr.agora.meetings.service;

import fr.agora.council.domain.College;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.service.Appointment;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.MembershipService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.support.As;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Test data for meetings: accounts, a conseil citoyen with members (through the council's service, as staff appoint
 * them), a comité de quartier with its officer, and meetings planned by staff. Every name is unique per call, so
 * tests never share data.
 */
@Component
public class MeetingFixtures {

    public static final String STAFF = "agent-reunions@test.fr";
    public static final String RESIDENT = "habitante-reunions@test.fr";

    @Autowired
    UserAccountRepository users;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    TerritoryService territoryService;
    @Autowired
    CouncilService councils;
    @Autowired
    MembershipService membership;
    @Autowired
    MeetingService meetings;

    /** A council and its members: {@code seats} seats of the Habitants collège, each with a titulaire and a suppléant. */
    public record TestCouncil(long id, String name, List<String> titulaires, List<String> suppleants) {

        public String key() {
            return "COUNCIL:" + id;
        }
    }

    public UserAccount account(String email, String name, Role role) {
        return users.findByEmail(email).orElseGet(() -> {
            UserAccount u = new UserAccount(email, name, "{noop}x", Instant.now());
            u.verifyEmail();
            u.grant(role);
            return users.save(u);
        });
    }

    public void basics() {
        account(STAFF, "Agent réunions", Role.STAFF);
        account(RESIDENT, "Habitante", Role.RESIDENT);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A council of the Parcheminiers QPV with {@code seats} Habitants seats filled; members have accounts. */
    public TestCouncil council(int seats) {
        basics();
        String name = "Conseil test " + unique("c");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> titulaires = new ArrayList<>();
        List<String> suppleants = new ArrayList<>();
        long id = As.user(STAFF, () -> {
            long c = councils.create(new CouncilForm(name, List.of("QPV-PARCHEMINIERS"), 3000,
                    "INSEE test", 2025, SeatRounding.HALF_UP, false, 2, true)).id();
            for (int i = 1; i <= seats; i++) {
                String t = "titulaire" + i + "-" + tag + "@test.fr";
                String s = "suppleant" + i + "-" + tag + "@test.fr";
                membership.appoint(c, College.HABITANTS, MemberOrigin.ASSISTED,
                        new Appointment("Titulaire " + i, null, t, null, i == 1),
                        new Appointment("Suppléant " + i, null, s, "06 12 34 56 7" + i, false));
                titulaires.add(t);
                suppleants.add(s);
            }
            return c;
        }, Role.Names.STAFF);
        titulaires.forEach(e -> account(e, "Membre " + e, Role.COUNCIL_MEMBER));
        suppleants.forEach(e -> account(e, "Membre " + e, Role.COUNCIL_MEMBER));
        return new TestCouncil(id, name, titulaires, suppleants);
    }

    /** A comité de quartier (demo territory of the Centre secteur) with an officer account; returns its id. */
    public long comite(String officerEmail) {
        basics();
        long secteur = territories.findFirstByCodeOrderByValidFromDesc("SECT-CENTRE").orElseThrow().getId();
        String code = unique("CQ-T").toUpperCase(java.util.Locale.ROOT);
        TerritoryData t = As.user("admin-reunions@test.fr", () -> territoryService.save(new TerritoryData(null, code,
                TerritoryKind.COMITE, "Comité " + code, secteur, null, null, null, LocalDate.of(2015, 1, 1), null,
                new fr.agora.shared.domain.GeoPoint(49.89, 2.30), null, "test", true)), Role.Names.ADMIN);
        if (officerEmail != null) {
            officer(officerEmail, t.id());
        }
        return t.id();
    }

    /** Makes the account the officer of the comité (their account's comité de quartier). */
    public void officer(String email, long comiteId) {
        account(email, "Officier " + email, Role.COMMITTEE_OFFICER);
        UserAccount u = users.findByEmail(email).orElseThrow();
        u.grant(Role.COMMITTEE_OFFICER);
        u.updateProfile(u.getDisplayName(), territories.findById(comiteId).orElseThrow(), "fr");
        users.save(u);
    }

    /** A form for a meeting {@code daysAhead} days from the clock's today, 18:30–20:30 Paris time. */
    public static MeetingForm form(String bodyKey, String title, LocalDate date, String... agenda) {
        return new MeetingForm(bodyKey, title, date, LocalTime.of(18, 30), LocalTime.of(20, 30), "Maison du quartier",
                null, true, null, List.of(agenda));
    }

    /** Staff plan a public meeting of the body on {@code date}. */
    public MeetingDetail plan(String bodyKey, LocalDate date, String... agenda) {
        return As.user(STAFF, () -> meetings.plan(form(bodyKey, unique("Réunion"), date, agenda)), Role.Names.STAFF);
    }
}
