package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.council.domain.SeatRounding;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.RunAs;
import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole draw ceremony in Chromium, on a synthetic Amiens-like pool: 600 residents for a Pierre Rollin council
 * (2,920 inhabitants, 6 seats, so 12 people drawn). The operator imports the file on a desktop, checks the
 * quotas, freezes, computes LEXIMIN, enters the witnesses' dice and draws; the public draw page is then read on a
 * phone. axe-core checks each page at both sizes.
 */
@AgoraBrowserTest
class DrawCeremonyBrowserIT {

    static final String OPERATOR = "tirage-e2e@exemple.fr";
    static final String PASSWORD = "Tirage-Au-Sort-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CouncilService councils;

    static String pool(int n) {
        StringBuilder s = new StringBuilder("Nom;Prénom;Date de naissance;Sexe;Adresse;Nationalité;Téléphone\n");
        for (int i = 0; i < n; i++) {
            int year = i % 6 == 0 ? 2004 : 1945 + (i * 13) % 60;
            s.append("Habitant").append(i).append(";Prénom").append(i).append(";0").append(1 + i % 9).append("/0")
                    .append(1 + i % 9).append('/').append(year).append(';').append(i % 2 == 0 ? "F" : "M").append(';')
                    .append(i % 200).append(" rue Pierre Rollin;").append(i % 5 == 0 ? "MA" : "FR").append(";06 12 34 ")
                    .append(String.format("%02d %02d", i / 100, i % 100)).append('\n');
        }
        return s.toString();
    }

    @Test
    void aPublicDrawFromImportToVerificationPage() throws Exception {
        if (users.findByEmail(OPERATOR).isEmpty()) {
            UserAccount u = new UserAccount(OPERATOR, "Opératrice E2E", encoder.encode(PASSWORD), Instant.now());
            u.verifyEmail();
            u.grant(Role.DRAW_OPERATOR);
            users.save(u);
        }
        CouncilData council = RunAs.user("agent-e2e@exemple.fr", () -> councils.create(new CouncilForm(
                "Conseil citoyen Pierre Rollin E2E " + System.nanoTime() % 100000, List.of("QPV-PIERRE-ROLLIN"), 2920,
                "INSEE", 2025, SeatRounding.HALF_UP, false, 2)), Role.Names.STAFF);
        assertThat(council.habitantSeats()).isEqualTo(6);
        Path file = Files.createTempFile("ril-", ".csv");
        Files.writeString(file, pool(600), StandardCharsets.UTF_8);

        try (Browser b = new Browser(port, 1280, 800)) {
            b.login(OPERATOR, PASSWORD);
            b.open("/conseils/tirages?conseil=" + council.slug());
            b.click("#draw-open");
            b.waitFor("#draw-upload");
            b.assertAccessible("tirage : import");
            WebElement input = b.driver().findElement(By.cssSelector("#draw-upload")).getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"));
            input.sendKeys(file.toAbsolutePath().toString());
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("vaadin-select")).isEmpty()
                    && d.findElements(By.cssSelector("vaadin-select")).size() > 5);
            b.waitForVaadin();
            b.click("#draw-import");
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("draw-freeze")).isEmpty());
            assertThat(b.text("#draw-import-report")).contains("600 lignes lues : 600 personnes ajoutées");
            b.assertAccessible("tirage : quotas");
            b.click("#draw-freeze");
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("draw-compute")).isEmpty());
            assertThat(b.text("#draw-commitment")).containsPattern("[0-9a-f]{64}");
            b.click("#draw-compute");
            new WebDriverWait(b.driver(), Duration.ofSeconds(180)).until(d -> !d.findElements(By.id("draw-entropy")).isEmpty());
            b.assertAccessible("tirage : aléa");
            b.type("draw-entropy", "6254131526");
            WebElement witnesses = b.waitFor("#draw-witnesses textarea");
            witnesses.sendKeys("Mme Lefèvre, habitante ; M. Diallo, délégué du Préfet");
            b.waitForVaadin();
            b.click("#draw-draw");
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> d.findElement(By.id("draw-steps")).getText()
                    .contains("Tirage effectué"));
            b.assertNoHorizontalScroll();
        }
        Files.deleteIfExists(file);

        for (int[] size : new int[][] {{360, 740}, {1280, 800}}) {
            try (Browser b = new Browser(port, size[0], size[1])) {
                b.open("/conseils/" + council.slug() + "/tirage");
                String text = b.waitFor("vaadin-grid").getText();
                assertThat(text).isNotNull();
                assertThat(b.driver().findElement(By.tagName("body")).getText()).contains("Numéro de loterie")
                        .contains("sortition verify").doesNotContain("Habitant1");
                b.assertAccessible("tirage public " + size[0]);
                b.assertNoHorizontalScroll();
            }
        }
    }
}
