package fr.agora.plenary.service;

import fr.agora.council.domain.College;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.service.Appointment;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.MembershipService;
import fr.agora.plenary.domain.Representation;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.As;
import fr.agora.voting.Secrecy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Test data for the plenary: conseils with three titulaires (and their suppléants) per collège, all with accounts; a
 * plenary of its own year (one per year: each call takes the next year, far ahead); representatives designated by a
 * vote of the members through the voting core; a session opened with everybody checked in.
 */
@Component
public class PlenaryFixtures {

    public static final String STAFF = "agent-pleniere@test.fr";
    public static final String ELECTED = "elu-pleniere@test.fr";
    public static final String RESIDENT = "habitant-pleniere@test.fr";
    private static final AtomicInteger YEARS = new AtomicInteger(2100);

    @Autowired
    UserAccountRepository users;
    @Autowired
    CouncilService councils;
    @Autowired
    MembershipService membership;
    @Autowired
    PlenaryService plenaries;
    @Autowired
    RepresentativeService representatives;
    @Autowired
    LiveSessionService live;

    /** A conseil: titulaires and suppléants per collège, e-mails by collège. */
    public record TestCouncil(long id, String name, List<String> habitants, List<String> associations,
            List<String> suppleants) {

        public List<String> invited() {
            List<String> all = new ArrayList<>(habitants.subList(0, 3));
            all.addAll(associations.subList(0, 3));
            return all;
        }
    }

    public void account(String email, Role role) {
        users.findByEmail(email).orElseGet(() -> {
            UserAccount u = new UserAccount(email, "Compte " + email.substring(0, email.indexOf('@')), "{noop}x", Instant.now());
            u.verifyEmail();
            u.grant(role);
            return users.save(u);
        });
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A conseil with {@code perCollege} titulaires in each collège, each with a suppléant; all have accounts. */
    public TestCouncil council(int perCollege) {
        account(STAFF, Role.STAFF);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Conseil plénière " + tag;
        List<String> h = new ArrayList<>();
        List<String> a = new ArrayList<>();
        List<String> s = new ArrayList<>();
        long id = As.user(STAFF, () -> {
            long c = councils.create(new CouncilForm(name, List.of("QPV-ETOUVIE"), 3000, "INSEE test", 2025,
                    SeatRounding.HALF_UP, false, 2, true)).id();
            for (int i = 1; i <= perCollege; i++) {
                String th = "hab" + i + "-" + tag + "@test.fr";
                String sh = "suph" + i + "-" + tag + "@test.fr";
                membership.appoint(c, College.HABITANTS, MemberOrigin.ASSISTED,
                        new Appointment("Habitant " + i + " " + tag, null, th, null, true),
                        new Appointment("Suppléant H" + i + " " + tag, null, sh, null, true));
                String ta = "asso" + i + "-" + tag + "@test.fr";
                String sa = "supa" + i + "-" + tag + "@test.fr";
                membership.appoint(c, College.ASSOCIATIONS, MemberOrigin.ASSOCIATION,
                        new Appointment("Associatif " + i + " " + tag, "Association " + i, ta, null, true),
                        new Appointment("Suppléant A" + i + " " + tag, "Association " + i, sa, null, true));
                h.add(th);
                a.add(ta);
                s.add(sh);
                s.add(sa);
            }
            return c;
        }, Role.Names.STAFF);
        h.forEach(e -> account(e, Role.COUNCIL_MEMBER));
        a.forEach(e -> account(e, Role.COUNCIL_MEMBER));
        s.forEach(e -> account(e, Role.COUNCIL_MEMBER));
        return new TestCouncil(id, name, h, a, s);
    }

    /** A form for a plenary in its own (future) year, with these conseils. */
    public PlenaryForm form(boolean suppleants, long... councilIds) {
        int year = YEARS.getAndIncrement();
        List<Long> ids = new ArrayList<>();
        for (long c : councilIds) {
            ids.add(c);
        }
        return new PlenaryForm("Plénière " + year, LocalDate.of(year, 6, 20), LocalTime.of(9, 30),
                "Hôtel de Ville, salle des mariages", List.of("Ouverture", "Contributions des conseils", "Avis"), 50, 3,
                LocalDate.of(year, 6, 1), suppleants, ids);
    }

    public PlenaryData plan(boolean suppleants, long... councilIds) {
        return As.user(STAFF, () -> plenaries.plan(form(suppleants, councilIds)), Role.Names.STAFF);
    }

    /** Designates the first three titulaires of a collège by a secret vote of the conseil's titulaires. */
    public void designateByVote(long plenaryId, TestCouncil c, Representation college) {
        DesignationData d = As.user(STAFF, () -> representatives.openDesignation(plenaryId, c.id(), college,
                Secrecy.SECRET), Role.Names.STAFF);
        Set<Long> firstThree = Set.copyOf(d.candidates().subList(0, Math.min(college.seats(), d.candidates().size()))
                .stream().map(DesignationData.Candidate::memberId).toList());
        List<String> voters = new ArrayList<>(c.habitants());
        voters.addAll(c.associations());
        for (String v : voters) {
            As.user(v, () -> representatives.castDesignation(d.id(), firstThree), Role.Names.COUNCIL_MEMBER);
        }
        As.user(STAFF, () -> representatives.closeDesignation(d.id()), Role.Names.STAFF);
    }

    /** Both collèges of each conseil designated, the list final, the session open. */
    public PlenaryData inSession(boolean suppleants, TestCouncil... cs) {
        PlenaryData p = plan(suppleants, java.util.Arrays.stream(cs).mapToLong(TestCouncil::id).toArray());
        for (TestCouncil c : cs) {
            designateByVote(p.id(), c, Representation.HABITANTS);
            designateByVote(p.id(), c, Representation.ASSOCIATIONS);
        }
        As.user(STAFF, () -> {
            plenaries.finaliseInvitations(p.id());
            live.openSession(p.id());
        }, Role.Names.STAFF);
        return p;
    }

    /** Everybody invited checks in from their phone. */
    public void checkInAll(long plenaryId, TestCouncil... cs) {
        for (TestCouncil c : cs) {
            for (String e : c.invited()) {
                As.user(e, () -> live.checkInMyself(plenaryId), Role.Names.COUNCIL_MEMBER);
            }
        }
    }
}
