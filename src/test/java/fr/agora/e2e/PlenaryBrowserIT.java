package fr.agora.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.plenary.domain.MotionKind;
import fr.agora.plenary.service.LiveSessionService;
import fr.agora.plenary.service.MotionData;
import fr.agora.plenary.service.PlenaryData;
import fr.agora.plenary.service.PlenaryFixtures;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraBrowserTest;
import fr.agora.support.As;
import fr.agora.support.Browser;
import fr.agora.voting.Majority;
import fr.agora.voting.Secrecy;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A whole motion with three browsers at once and axe-core: two representatives on 360×740 phones check in and vote,
 * the projector at 1280×800 shows the live count (pushed, no reload) and the verdict after the chair's close, never a
 * secret motion's voters.
 */
@AgoraBrowserTest
class PlenaryBrowserIT {

    static final String PASSWORD = "Pleniere-Seance-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PlenaryFixtures fx;
    @Autowired
    LiveSessionService live;

    void password(String email) {
        UserAccount u = users.findByEmail(email).orElseThrow();
        u.changePassword(encoder.encode(PASSWORD));
        users.save(u);
    }

    static void waitText(Browser b, String css, String text) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> e.getText().contains(text)));
    }

    @Test
    void two_phones_vote_and_the_projector_shows_the_live_count_and_the_verdict() {
        var c = fx.council(3);
        PlenaryData p = fx.inSession(false, c);
        String first = c.invited().get(0);
        String second = c.invited().get(3);
        password(first);
        password(second);
        // two more seats checked in by staff: 4 present of 6, the quorum
        for (String e : c.invited().subList(1, 3)) {
            As.user(e, () -> live.checkInMyself(p.id()), Role.Names.COUNCIL_MEMBER);
        }
        String seance = "/pleniere/" + p.id() + "/seance";
        try (Browser phone1 = new Browser(port, 360, 740); Browser phone2 = new Browser(port, 360, 740);
                Browser projector = new Browser(port, 1280, 800)) {
            phone1.login(first, PASSWORD);
            phone2.login(second, PASSWORD);
            for (Browser phone : new Browser[] {phone1, phone2}) {
                phone.open(seance);
                phone.click("#check-in");
                waitText(phone, "#seat", "Présent");
                phone.assertAccessible(seance + " 360");
            }
            projector.open("/pleniere/" + p.id() + "/projection");
            waitText(projector, "#quorum", "Quorum atteint");
            projector.assertAccessible("projection 1280");

            MotionData m = As.user(PlenaryFixtures.STAFF, () -> live.openMotion(live.draftMotion(p.id(), MotionKind.AVIS,
                    "Avis sur l'éclairage des passages", "Texte", Secrecy.SECRET, Majority.SIMPLE).id(), null),
                    Role.Names.STAFF);
            // pushed to every screen, no reload
            phone1.waitFor("#vote-pour");
            phone2.waitFor("#vote-contre");
            waitText(projector, "#motion-title", "éclairage des passages");
            phone1.assertAccessible(seance + " vote 360");

            phone1.click("#vote-pour");
            waitText(phone1, "#vote-done", "enregistré");
            waitText(projector, "#tally-pour", "1");
            phone2.click("#vote-contre");
            waitText(projector, "#tally-contre", "1");
            waitText(phone1, "#tally-contre", "1");
            phone1.screenshot("pleniere-telephone-360");
            projector.screenshot("pleniere-projection-1280");

            As.user(PlenaryFixtures.STAFF, () -> live.closeMotion(m.id()), Role.Names.STAFF);
            waitText(projector, "#motion-verdict", "Motion rejetée");
            waitText(phone2, "#motion-verdict", "Motion rejetée");
            projector.assertAccessible("projection close 1280");
            String shown = projector.driver().findElement(By.tagName("body")).getText();
            assertThat(shown).doesNotContain("Habitant 1").doesNotContain("Associatif 1");
        }
        assertThat(live.state(p.id()).motion().ballots()).isEqualTo(2);
    }
}
