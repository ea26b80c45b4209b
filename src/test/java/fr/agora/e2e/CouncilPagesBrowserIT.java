package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.OrganisationType;
import fr.agora.council.service.AssociationApplication;
import fr.agora.council.service.CampaignForm;
import fr.agora.council.service.ComiteDesignationService;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CandidacyService;
import fr.agora.council.service.ElectionOpening;
import fr.agora.council.service.ElectionService;
import fr.agora.council.service.Appointment;
import fr.agora.council.domain.College;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.RunAs;
import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.Browser;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The conseils citoyens' other pages at phone and desktop sizes, each rendered, fitting the screen and passing
 * axe-core: the public council pages, an association voting with its code on the ballot page, the comité officer's
 * designation page, the members' area, and staff's administration of councils, calls and elections.
 */
@AgoraBrowserTest
class CouncilPagesBrowserIT {

    static final String PASSWORD = "Conseils-Citoyens-2026";
    static final String STAFF = "agent-conseils-e2e@exemple.fr";
    static final String OFFICER = "comite-e2e@exemple.fr";
    static final String MEMBER = "membre-e2e@exemple.fr";

    @LocalServerPort
    int port;
    @Autowired
    fr.agora.council.service.CampaignService calls;
    @Autowired
    fr.agora.council.service.MembershipService membership;
    @Autowired
    fr.agora.council.support.CouncilTestData data;
    @Autowired
    CandidacyService candidacies;
    @Autowired
    ElectionService elections;
    @Autowired
    ComiteDesignationService comites;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MutableClock clock;

    void account(String email, Role role, String comiteCode) {
        if (users.findByEmail(email).isEmpty()) {
            UserAccount u = new UserAccount(email, "Compte " + role.name().toLowerCase(Locale.ROOT), encoder.encode(PASSWORD),
                    Instant.now());
            u.verifyEmail();
            u.grant(role);
            if (comiteCode != null) {
                u.updateProfile(u.getDisplayName(), territories.findFirstByCodeOrderByValidFromDesc(comiteCode).orElseThrow(),
                        "fr");
            }
            users.save(u);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"360,740", "1280,800"})
    void councilPagesAtBothSizes(int width, int height) {
        account(STAFF, Role.STAFF, null);
        account(OFFICER, Role.COMMITTEE_OFFICER, "CQ-PARCHEMINIERS");
        account(MEMBER, Role.COUNCIL_MEMBER, null);
        // a council of 2 associations seats, its comité linked, a member, and a closed call of 3 associations
        Instant now = clock.instant();
        CouncilData council = data.council().named("Conseil pages E2E").covering("QPV-PARCHEMINIERS").population(1000)
                .create();
        long call = RunAs.user(STAFF, () -> {
            comites.link(council.id(), "CQ-PARCHEMINIERS");
            membership.appoint(council.id(), College.HABITANTS, MemberOrigin.DRAW,
                    new Appointment("Membre E2E", null, MEMBER, null, true), new Appointment("Suppléante E2E", null, null,
                            null, true));
            return calls.create(new CampaignForm(council.id(), CampaignKind.ASSOCIATION, "Associations E2E", null,
                    null, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(1)), 16)).id();
        }, Role.Names.STAFF);
        for (int i = 1; i <= 3; i++) {
            int n = i;
            RunAs.user(STAFF, () -> candidacies.enterAssociation(call, new AssociationApplication("Association E2E " + n,
                    OrganisationType.COLLECTIF, "QPV-PARCHEMINIERS", "Contact", "Alex", null, "06 00 00 00 0" + n,
                    "Titulaire " + n, null, "Suppléant " + n, null, true), new fr.agora.council.service.AssistedEntry(
                    java.time.LocalDate.now(clock.withZone(fr.agora.council.domain.CouncilTime.ZONE)).minusDays(1), "Centre social"),
                    Locale.FRENCH), Role.Names.STAFF);
        }
        clock.advance(Duration.ofDays(2));
        String code;
        try {
            ElectionOpening opening = RunAs.user(STAFF, () -> elections.open(call, null), Role.Names.STAFF);
            code = opening.codes().get(0).code();
        } finally {
            clock.reset();
        }

        try (Browser b = new Browser(port, width, height)) {
            for (String page : new String[] {"/conseils", "/conseils/" + council.slug(),
                    "/conseils/" + council.slug() + "/candidater", "/conseils/vote-associations"}) {
                b.open(page);
                b.assertAccessible(page + " " + width);
                b.assertNoHorizontalScroll();
            }
            b.type("election-vote-code", code);
            b.click("#election-vote-next");
            WebElement first = b.waitFor("#election-vote-choices vaadin-checkbox");
            assertThat(b.text("#election-vote-choices")).contains("Association E2E 1").contains("Association E2E 3");
            b.assertAccessible("bulletin " + width);
            b.assertNoHorizontalScroll();
            first.click();
            b.waitForVaadin();
            b.click("#election-vote-submit");
            assertThat(b.text("#election-vote-done")).isNotBlank();
            b.assertAccessible("vote enregistré " + width);
        }
        for (String[] who : new String[][] {{OFFICER, "/conseils/comite"}, {MEMBER, "/conseils/espace-membres"},
                {STAFF, "/conseils/gestion"}, {STAFF, "/conseils/candidatures"}, {STAFF, "/conseils/elections"}}) {
            try (Browser b = new Browser(port, width, height)) {
                b.login(who[0], PASSWORD);
                b.open(who[1]);
                b.assertAccessible(who[1] + " " + width);
                b.assertNoHorizontalScroll();
                if (who[1].equals("/conseils/espace-membres")) {
                    // the members' table fits a phone (issue 13: its grid was 937 px wide in 360)
                    b.assertNoTableScrollsSideways(who[1] + " " + width);
                    b.assertFitsWindow(".agora-table");
                    assertThat(b.text(".agora-table")).contains("Membre E2E");
                }
                if (who[1].equals("/conseils/comite")) {
                    assertThat(b.driver().findElement(By.tagName("body")).getText()).contains(council.name());
                }
            }
        }
    }
}
