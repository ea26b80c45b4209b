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
import fr.agora.e2e.pages.DrawCeremonyPage;
import fr.agora.e2e.pages.DrawCeremonyPage.Answer;
import fr.agora.e2e.pages.PublicDrawPage;
import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
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

    /** Strict parity, read on the page: as many women as men among the people in office (pending or accepted). */
    static void assertParityOnPage(DrawCeremonyPage page) {
        List<Answer> answers = page.answers();
        Map<Boolean, Long> bySex = answers.stream().filter(Answer::inOffice)
                .collect(Collectors.partitioningBy(e -> woman(e.name()), Collectors.counting()));
        assertThat(bySex.get(true)).as("femmes en fonction dans " + answers).isEqualTo(6);
        assertThat(bySex.get(false)).as("hommes en fonction dans " + answers).isEqualTo(6);
    }

    List<MemberData> drawn(long drawId) {
        return RunAs.user(OPERATOR, () -> replies.drawnMembers(drawId), Role.Names.DRAW_OPERATOR);
    }

    /**
     * The answers of the people drawn, on a phone (360 × 740): a woman declines with a tap, her replacement accepts with
     * the keyboard, a man is unreachable. The page and the services must agree on who holds each place, the
     * replacements must keep strict parity, and axe-core must find nothing serious at phone and desktop sizes.
     */
    void answers(Browser b, DrawCeremonyPage page, long drawId) {
        b.driver().manage().window().setSize(new Dimension(360, 740));
        b.waitForVaadin();
        b.assertComponentsLoaded("tirage");
        List<MemberData> before = drawn(drawId);
        assertThat(before).hasSize(12).allMatch(m -> m.active() && "PENDING".equals(m.response()));
        List<Answer> shown = page.answers();
        assertThat(shown).extracting(Answer::name).containsExactlyInAnyOrderElementsOf(
                before.stream().map(MemberData::fullName).toList());
        assertThat(shown).allMatch(Answer::pending);
        assertParityOnPage(page);
        b.assertNoHorizontalScroll();

        // a drawn woman declines (tap): a woman of the reserve is called to the same place
        Answer declining = page.answer(e -> woman(e.name()));
        page.declines(declining);
        Answer replacement = page.answer(e -> e.text().contains("Remplace " + declining.name()));
        assertThat(woman(replacement.name())).as("remplaçante : " + replacement.name()).isTrue();
        assertThat(replacement.pending()).isTrue();
        assertThat(before).extracting(MemberData::fullName).doesNotContain(replacement.name());
        assertThat(replacement.id()).isNotEqualTo(declining.id());
        assertThat(page.answerOf(declining.id()).text()).contains("refusée")
                .contains("Remplacé·e par " + replacement.name());
        assertThat(page.answered(declining)).isTrue();
        page.assertNotified(replacement.name() + " est appelé·e à la place de " + declining.name());
        assertParityOnPage(page);
        // keyboard only from here: the focus is on the replacement's place, Tab reaches her first button, Space accepts
        assertThat(page.focused()).isEqualTo(replacement.id());
        page.press(DrawCeremonyPage.TAB);
        assertThat(page.focused()).isEqualTo(replacement.name() + " accepte");
        page.press(DrawCeremonyPage.SPACE);
        assertThat(page.answerOf(replacement.id()).text()).contains("acceptée");
        assertThat(page.answered(replacement)).isTrue();
        assertThat(page.focused()).isEqualTo(replacement.id());
        assertParityOnPage(page);

        // a man cannot be reached (tap): a man of the reserve is called to his place
        Answer unreachable = page.answer(e -> e.pending() && !woman(e.name()));
        page.unreachable(unreachable);
        Answer second = page.answer(e -> e.text().contains("Remplace " + unreachable.name()));
        assertThat(woman(second.name())).as("remplaçant : " + second.name()).isFalse();
        assertThat(second.pending()).isTrue();
        assertThat(page.answerOf(unreachable.id()).text()).contains("injoignable")
                .contains("Remplacé·e par " + second.name());
        assertThat(page.answers()).hasSize(14);
        assertParityOnPage(page);

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
                "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true)), Role.Names.STAFF);
        assertThat(council.habitantSeats()).isEqualTo(6);
        Path file = Files.createTempFile("ril-", ".csv");
        Files.writeString(file, pool(600), StandardCharsets.UTF_8);

        try (Browser b = new Browser(port, 1280, 800)) {
            b.login(OPERATOR, PASSWORD);
            DrawCeremonyPage page = DrawCeremonyPage.open(b, council.slug()).openDraw();
            b.assertAccessible("tirage : import");
            assertThat(page.chooseFile(file).importFile()).contains("600 lignes lues : 600 personnes ajoutées");
            b.assertAccessible("tirage : quotas");
            assertThat(page.freeze()).containsPattern("[0-9a-f]{64}");
            page.compute();
            b.assertAccessible("tirage : aléa");
            page.draw("6254131526", "Mme Lefèvre, habitante ; M. Diallo, délégué du Préfet");
            b.assertNoHorizontalScroll();
            answers(b, page, draws.ofCouncil(council.id()).getFirst().id());
        }
        Files.deleteIfExists(file);

        for (int[] size : new int[][] {{360, 740}, {1280, 800}}) {
            try (Browser b = new Browser(port, size[0], size[1])) {
                PublicDrawPage page = PublicDrawPage.open(b, council.slug());
                assertThat(page.text()).contains("Numéro de loterie").contains("sortition verify")
                        .contains("2 remplacement(s)").doesNotContain("Habitant1");
                assertThat(page.verifyCommand()).contains("agora-verify.jar").contains("--seats sieges-");
                // quotas, hashes and the verify command fit a phone (issue 13: the page was 551 px wide in 360)
                b.assertNoTableScrollsSideways("tirage public " + size[0]);
                b.assertFitsWindow(".agora-table, pre, [id^=draw-commitment], [id^=draw-result]");
                b.assertAccessible("tirage public " + size[0]);
                b.assertNoHorizontalScroll();
            }
        }
    }
}
