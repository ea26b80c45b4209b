package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.council.domain.SeatRounding;
import fr.agora.council.service.CouncilData;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.council.service.DrawService;
import fr.agora.council.service.MemberData;
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
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole draw ceremony in Chromium, on a synthetic Amiens-like pool: 600 residents for a Pierre Rollin council
 * (2,920 inhabitants, 6 seats, so 12 people drawn). The operator imports the file on a desktop, checks the
 * quotas, freezes, computes LEXIMIN, enters the witnesses' dice and draws; the public draw page is then read on a
 * phone. axe-core checks each page at both sizes.
 *
 * <p>After the draw, on a phone, the operator records the answers of the people drawn: a woman declines (the next
 * woman of the reserve takes her place), her replacement accepts with the keyboard alone, a man cannot be reached (the
 * next man takes his place); the list of answers is then checked with axe-core at phone and desktop sizes.
 */
@AgoraBrowserTest
class DrawCeremonyBrowserIT {

    static final String OPERATOR = "tirage-e2e@exemple.fr";
    static final String PASSWORD = "Tirage-Au-Sort-2026";

    @LocalServerPort
    int port;
    @Autowired
    fr.agora.council.service.DrawReplyService replies;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CouncilService councils;
    @Autowired
    DrawService draws;

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

    /** In {@link #pool}, "Prénom&lt;i&gt; Habitant&lt;i&gt;" is a woman when i is even. */
    static boolean woman(String fullName) {
        Matcher m = NAME.matcher(fullName);
        assertThat(m.find()).as("nom tiré : " + fullName).isTrue();
        return Integer.parseInt(m.group(1)) % 2 == 0;
    }

    static final Pattern NAME = Pattern.compile("Prénom(\\d+) Habitant\\1");

    /** One entry of the list of answers as the page shows it: its first line is the name, then seat and answer. */
    record Entry(String id, String name, String text) {
        boolean pending() {
            return text.contains("en attente");
        }

        boolean inOffice() {
            return pending() || text.contains("acceptée");
        }
    }

    /**
     * The entries in page order, in one round trip. innerText, not getText(): Selenium leaves out the lines that a
     * phone's sticky header scrolls over.
     */
    static List<Entry> entries(Browser b) {
        List<?> rows = (List<?>) b.driver().executeScript("return [...document.querySelectorAll('#draw-responses > li')]"
                + ".map(li => [li.id, li.innerText.trim()]);");
        return rows.stream().map(r -> (List<?>) r).map(r -> {
            String text = String.valueOf(r.get(1));
            return new Entry(String.valueOf(r.get(0)), text.lines().findFirst().orElse(""), text);
        }).toList();
    }

    static Entry entry(Browser b, Predicate<Entry> which) {
        return entries(b).stream().filter(which).findFirst().orElseThrow(() -> new AssertionError(
                "aucune réponse ne correspond dans " + entries(b)));
    }

    /** Strict parity, read on the page: as many women as men among the people in office (pending or accepted). */
    static void assertParityOnPage(Browser b) {
        List<Entry> entries = entries(b);
        Map<Boolean, Long> bySex = entries.stream().filter(Entry::inOffice)
                .collect(Collectors.partitioningBy(e -> woman(e.name()), Collectors.counting()));
        assertThat(bySex.get(true)).as("femmes en fonction dans " + entries).isEqualTo(6);
        assertThat(bySex.get(false)).as("hommes en fonction dans " + entries).isEqualTo(6);
    }

    /** Waits for a notification (announced to screen readers) that contains this text. */
    static void assertNotified(Browser b, String text) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).withMessage("notification « " + text + " »")
                .until(d -> String.valueOf(b.driver().executeScript("return [...document.querySelectorAll("
                        + "'vaadin-notification-card')].map(c => c.textContent).join(' | ');")).contains(text));
    }

    List<MemberData> drawn(long drawId) {
        return RunAs.user(OPERATOR, () -> replies.drawnMembers(drawId), Role.Names.DRAW_OPERATOR);
    }

    /**
     * The answers of the people drawn, on a phone (360 × 740): a woman declines with a tap, her replacement accepts with
     * the keyboard, a man is unreachable. The page and the services must agree on who holds each place, the
     * replacements must keep strict parity, and axe-core must find nothing serious at phone and desktop sizes.
     */
    void answers(Browser b, long drawId) {
        b.driver().manage().window().setSize(new Dimension(360, 740));
        b.waitForVaadin();
        b.assertComponentsLoaded("tirage");
        b.waitFor("#draw-responses");
        List<MemberData> before = drawn(drawId);
        assertThat(before).hasSize(12).allMatch(m -> m.active() && "PENDING".equals(m.response()));
        List<Entry> shown = entries(b);
        assertThat(shown).extracting(Entry::name).containsExactlyInAnyOrderElementsOf(
                before.stream().map(MemberData::fullName).toList());
        assertThat(shown).allMatch(Entry::pending);
        assertParityOnPage(b);
        b.assertNoHorizontalScroll();

        // a drawn woman declines (tap): the next woman of the reserve is called to the same place
        Entry declining = entry(b, e -> woman(e.name()));
        b.click("#draw-responses vaadin-button[aria-label='" + declining.name() + " refuse']");
        Entry replacement = entry(b, e -> e.text().contains("Remplace " + declining.name()));
        assertThat(woman(replacement.name())).as("remplaçante : " + replacement.name()).isTrue();
        assertThat(replacement.pending()).isTrue();
        assertThat(before).extracting(MemberData::fullName).doesNotContain(replacement.name());
        assertThat(replacement.id()).isNotEqualTo(declining.id());
        assertThat(entry(b, e -> e.id().equals(declining.id())).text()).contains("refusée")
                .contains("Remplacé·e par " + replacement.name());
        assertThat(b.driver().findElements(By.cssSelector("#" + declining.id() + " vaadin-button"))).isEmpty();
        assertNotified(b, replacement.name() + " est appelé·e à la place de " + declining.name());
        assertParityOnPage(b);
        // keyboard only from here: the focus is on the replacement's place, Tab reaches her first button, Space accepts
        assertThat(b.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(replacement.id());
        new Actions(b.driver()).sendKeys(Keys.TAB).perform();
        assertThat(b.driver().switchTo().activeElement().getAttribute("aria-label"))
                .isEqualTo(replacement.name() + " accepte");
        new Actions(b.driver()).sendKeys(Keys.SPACE).perform();
        b.waitForVaadin();
        assertThat(entry(b, e -> e.id().equals(replacement.id())).text()).contains("acceptée");
        assertThat(b.driver().findElements(By.cssSelector("#" + replacement.id() + " vaadin-button"))).isEmpty();
        assertThat(b.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(replacement.id());
        assertParityOnPage(b);

        // a man cannot be reached (tap): the next man of the reserve is called to his place
        Entry unreachable = entry(b, e -> e.pending() && !woman(e.name()));
        b.click("#draw-responses vaadin-button[aria-label='" + unreachable.name() + " est injoignable']");
        Entry second = entry(b, e -> e.text().contains("Remplace " + unreachable.name()));
        assertThat(woman(second.name())).as("remplaçant : " + second.name()).isFalse();
        assertThat(second.pending()).isTrue();
        assertThat(entry(b, e -> e.id().equals(unreachable.id())).text()).contains("injoignable")
                .contains("Remplacé·e par " + second.name());
        assertThat(entries(b)).hasSize(14);
        assertParityOnPage(b);

        // the services agree: 12 people in office, one per place, 6 women and 6 men, each answer recorded
        List<MemberData> after = drawn(drawId);
        assertThat(after).hasSize(14);
        List<MemberData> inOffice = after.stream().filter(MemberData::active).toList();
        assertThat(inOffice).hasSize(12);
        assertThat(inOffice.stream().map(m -> m.seatNo() + "/" + m.position()).distinct()).hasSize(12);
        assertThat(inOffice.stream().filter(m -> woman(m.fullName()))).hasSize(6);
        assertThat(after).filteredOn(m -> m.fullName().equals(declining.name())).singleElement()
                .matches(m -> "DECLINED".equals(m.response()) && !m.active());
        assertThat(after).filteredOn(m -> m.fullName().equals(unreachable.name())).singleElement()
                .matches(m -> "UNREACHABLE".equals(m.response()) && !m.active());
        MemberData declined = after.stream().filter(m -> m.fullName().equals(declining.name())).findFirst().orElseThrow();
        assertThat(after).filteredOn(m -> m.fullName().equals(replacement.name())).singleElement()
                .matches(m -> m.active() && "ACCEPTED".equals(m.response()) && m.seatNo() == declined.seatNo()
                        && m.position() == declined.position());
        MemberData gone = after.stream().filter(m -> m.fullName().equals(unreachable.name())).findFirst().orElseThrow();
        assertThat(after).filteredOn(m -> m.fullName().equals(second.name())).singleElement()
                .matches(m -> m.active() && "PENDING".equals(m.response()) && m.seatNo() == gone.seatNo()
                        && m.position() == gone.position());

        b.assertNoHorizontalScroll();
        b.assertComponentsLoaded("tirage");
        b.assertAccessible("tirage : réponses 360");
        b.driver().manage().window().setSize(new Dimension(1280, 800));
        b.waitForVaadin();
        b.assertNoHorizontalScroll();
        b.assertAccessible("tirage : réponses 1280");
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
            answers(b, draws.ofCouncil(council.id()).getFirst().id());
        }
        Files.deleteIfExists(file);

        for (int[] size : new int[][] {{360, 740}, {1280, 800}}) {
            try (Browser b = new Browser(port, size[0], size[1])) {
                b.open("/conseils/" + council.slug() + "/tirage");
                String text = b.waitFor(".agora-table").getText();
                assertThat(text).isNotNull();
                // quotas, hashes and the verify command fit a phone (issue 13: the page was 551 px wide in 360)
                b.assertNoTableScrollsSideways("tirage public " + size[0]);
                b.assertFitsWindow(".agora-table, pre, [id^=draw-commitment], [id^=draw-result]");
                assertThat(b.driver().findElement(By.tagName("body")).getText()).contains("Numéro de loterie")
                        .contains("sortition verify").doesNotContain("Habitant1");
                b.assertAccessible("tirage public " + size[0]);
                b.assertNoHorizontalScroll();
            }
        }
    }
}
