package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.meetings.service.ChantierData;
import fr.agora.meetings.service.ChantierForm;
import fr.agora.meetings.service.ConsultationService;
import fr.agora.meetings.service.MeetingDetail;
import fr.agora.meetings.service.MeetingFixtures;
import fr.agora.meetings.service.Paris;
import fr.agora.meetings.service.SessionService;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.As;
import fr.agora.support.Browser;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The meetings in a browser with axe-core: at 360×740 a member answers a convocation and checks in, a resident
 * gives an avis; at 1280×800 staff plan and read the compliance dashboard. Every page fits without sideways scroll.
 */
@AgoraBrowserTest
class MeetingsBrowserIT {

    static final String PASSWORD = "Reunion-Comite-2026";
    static final String STAFF = "agent-reunions-e2e@exemple.fr";
    static final String RESIDENT = "habitante-reunions-e2e@exemple.fr";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MeetingFixtures fx;
    @Autowired
    SessionService sessions;
    @Autowired
    ConsultationService consultations;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void password(String email, Role role) {
        UserAccount u = users.findByEmail(email).orElseGet(() -> {
            UserAccount n = new UserAccount(email, email, "{noop}x", Instant.now());
            n.verifyEmail();
            return n;
        });
        u.grant(role);
        u.changePassword(encoder.encode(PASSWORD));
        users.save(u);
    }

    @Test
    void a_member_answers_and_checks_in_and_a_resident_gives_an_avis_on_a_phone() {
        var council = fx.council(1);
        String member = council.titulaires().getFirst();
        password(member, Role.COUNCIL_MEMBER);
        password(RESIDENT, Role.RESIDENT);
        MeetingDetail m = fx.plan(council.key(), Paris.date(clock.instant()).plusDays(1), "Budget du conseil");
        long id = m.summary().id();
        try (Browser browser = new Browser(port, 360, 740)) {
            browser.login(member, PASSWORD);
            check(browser, "/reunions/" + id, 360);
            browser.click("#meeting-absent");
            browser.waitForVaadin();
            assertThat(browser.text("#meeting-answer")).contains("absent");
            check(browser, "/reunions/mon-espace", 360);
            clock.advance(Duration.between(clock.instant(), m.summary().startsAt()).plusMinutes(2));
            browser.open("/reunions/" + id);
            browser.click("#meeting-check-in");
            browser.waitForVaadin();
        }
        assertThat(As.user(MeetingFixtures.STAFF, () -> sessions.quorum(id), Role.Names.STAFF).votingPresent()).isEqualTo(1);
        clock.reset();
        LocalDate today = Paris.date(clock.instant());
        ChantierData c = As.user(MeetingFixtures.STAFF, () -> consultations.save(null, new ChantierForm(
                MeetingFixtures.unique("Square"), "Square Saint-Leu", new GeoPoint(49.897, 2.301), null, "Espaces verts",
                "Nouveaux jeux pour enfants", null, today.plusDays(30), today, today.plusDays(10))), Role.Names.STAFF);
        try (Browser browser = new Browser(port, 360, 740)) {
            browser.login(RESIDENT, PASSWORD);
            check(browser, "/consultations/" + c.id(), 360);
            var area = browser.waitFor("#avis-text textarea");
            area.sendKeys("Un banc à l'ombre, s'il vous plaît.");
            area.sendKeys(org.openqa.selenium.Keys.TAB);
            browser.waitForVaadin();
            browser.click("#avis-send");
            browser.waitForVaadin();
            check(browser, "/consultations/" + c.id(), 360);
        }
        assertThat(As.user(MeetingFixtures.STAFF, () -> consultations.get(c.id()), Role.Names.STAFF).avis())
                .anyMatch(a -> a.body().contains("banc à l'ombre"));
    }

    @Test
    void staff_plan_and_read_the_compliance_dashboard_on_a_desktop() {
        fx.council(1);
        password(STAFF, Role.STAFF);
        try (Browser browser = new Browser(port, 1280, 800)) {
            for (String page : new String[] {"/reunions", "/comites", "/visites", "/consultations"}) {
                check(browser, page, 1280);
            }
            browser.login(STAFF, PASSWORD);
            check(browser, "/reunions/planification", 1280);
            check(browser, "/reunions/conformite", 1280);
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Moins de 5 réunions");
            check(browser, "/visites/gestion", 1280);
            check(browser, "/consultations/gestion", 1280);
        }
    }

    private static void check(Browser browser, String page, int width) {
        browser.open(page);
        browser.assertAccessible(page + " " + width);
        browser.assertNoHorizontalScroll();
        browser.screenshot("reunions" + page.replace('/', '-') + "-" + width);
    }
}
