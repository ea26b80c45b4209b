package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.council.domain.CampaignKind;
import fr.agora.council.service.CampaignData;
import fr.agora.council.service.CampaignForm;
import fr.agora.council.service.CandidacyData;
import fr.agora.council.service.CandidacyService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.RunAs;
import fr.agora.council.support.CouncilTestData;
import fr.agora.e2e.pages.CandidacyPage;
import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.Browser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A resident applies to a call for candidacies from a phone and from a desktop, by keyboard for the boxes, and a
 * staff member then sees the candidacy in the campaigns administration. axe-core checks each page.
 */
@AgoraBrowserTest
class CandidacyBrowserIT {

    static final String STAFF = "candidatures-e2e@exemple.fr";
    static final String PASSWORD = "Appel-Candidatures-2026";

    @LocalServerPort
    int port;
    @Autowired
    fr.agora.council.service.CampaignService calls;
    @Autowired
    CouncilTestData data;
    @Autowired
    CandidacyService candidacies;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    /** The server's clock (a test clock that does not tick): the call's window is set against it. */
    @Autowired
    java.time.Clock clock;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"360,740", "1280,800"})
    void aResidentAppliesAndStaffSeeTheCandidacy(int width, int height) {
        long council = data.council().named("Conseil candidatures E2E").create().id();
        CampaignData call = RunAs.user(STAFF, () -> calls.create(new CampaignForm(council, CampaignKind.HABITANT,
                "Rejoignez le conseil citoyen", "Appel aux habitantes et habitants de Pierre Rollin", "Journal municipal",
                clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)), 16)), Role.Names.STAFF);
        String last = "Benali" + width;
        try (Browser b = new Browser(port, width, height)) {
            CandidacyPage page = CandidacyPage.calls(b, call.councilSlug());
            assertThat(page.text()).contains("Rejoignez le conseil citoyen").contains("Ouvert du");
            b.assertAccessible("appels " + width);
            b.assertNoHorizontalScroll();
            page.openCall(call.id());
            b.assertAccessible("formulaire de candidature " + width);
            b.assertNoHorizontalScroll();
            page.fillResident(last, "Nadia", "05/04/1992", "12 rue Pierre Rollin", "80000", "nadia." + width + "@habitant.test");
            assertThat(page.tickBoxesByKeyboard()).containsExactly(true, true);
            assertThat(page.submit()).isEmpty();
            assertThat(page.receipt()).containsPattern("Votre référence : C-[A-Z2-9]{8}").contains("courriel de confirmation");
            b.assertAccessible("accusé de réception " + width);
            b.screenshot("candidature-" + width);
        }
        List<CandidacyData> received = RunAs.user(STAFF, () -> candidacies.candidacies(call.id()), Role.Names.STAFF);
        assertThat(received).singleElement().satisfies(d -> {
            assertThat(d.lastName()).isEqualTo(last);
            assertThat(d.birthDate()).isEqualTo(java.time.LocalDate.of(1992, 4, 5));
        });

        if (users.findByEmail(STAFF).isEmpty()) {
            UserAccount u = new UserAccount(STAFF, "Agente candidatures E2E", encoder.encode(PASSWORD), Instant.now());
            u.verifyEmail();
            u.grant(Role.STAFF);
            users.save(u);
        }
        try (Browser b = new Browser(port, width, height)) {
            b.login(STAFF, PASSWORD);
            b.open("/conseils/candidatures");
            b.waitFor("vaadin-grid");
            b.assertAccessible("gestion des appels " + width);
            b.assertNoHorizontalScroll();
            assertThat(b.driver().findElement(By.tagName("body")).getText()).contains("Ouvrir ou modifier un appel");
        }
    }
}
