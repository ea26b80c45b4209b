package fr.agora.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.AccountService;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.Mails;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.FilterChainProxy;

/**
 * Issue 12, items 6, 7 and 9 at the login form, through the application's real security filter chain: failed
 * logins are counted per address whether an account has it or not, with a delay that grows and that the owner's
 * reset link lifts (429 with {@code Retry-After}, in French); a login post from another site is refused.
 */
@AgoraSpringTest
class LoginProtectionTest {

    static final String PASSWORD = "Soleil-sur-Amiens-42";

    @Autowired
    FilterChainProxy securityFilters;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccountService accounts;
    @Autowired
    GreenMail greenMail;
    @Autowired
    MutableClock clock;
    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void reset() {
        clock.reset();
        throttle.reset();
    }

    String account() {
        UserAccount u = new UserAccount("cible-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr",
                "Cible", encoder.encode(PASSWORD), Instant.now());
        u.verifyEmail();
        return users.save(u).getEmail();
    }

    MockHttpServletResponse post(String email, String password, String origin) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("203.0.113.7");
        request.setParameter("username", email);
        request.setParameter("password", password);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        securityFilters.doFilter(request, response, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200));
        return response;
    }

    boolean loggedIn(MockHttpServletResponse r) {
        return r.getStatus() == 302 && !String.valueOf(r.getRedirectedUrl()).contains("error");
    }

    @Test
    void an_existing_and_an_unknown_address_get_the_same_answers_and_the_same_delay() throws Exception {
        String existing = account();
        String unknown = "personne-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        for (String email : new String[] {existing, unknown}) {
            for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
                MockHttpServletResponse r = post(email, "Mauvais-mot-de-passe-1", null);
                assertThat(r.getStatus()).isEqualTo(302);
                assertThat(r.getRedirectedUrl()).contains("error");
            }
            MockHttpServletResponse refused = post(email, "Mauvais-mot-de-passe-1", null);
            assertThat(refused.getStatus()).isEqualTo(429);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
            assertThat(refused.getContentAsString()).contains("Trop de tentatives", "attendez 1 minute");
        }
    }

    @Test
    void the_delay_grows_and_ends_even_for_the_owner_only_after_it_or_with_the_reset_link() throws Exception {
        String email = account();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            post(email, "Mauvais-mot-de-passe-1", null);
        }
        assertThat(post(email, PASSWORD, null).getStatus()).isEqualTo(429); // even the right password waits
        clock.advance(Duration.ofSeconds(61));
        assertThat(post(email, "Mauvais-mot-de-passe-1", null).getRedirectedUrl()).contains("error");
        MockHttpServletResponse second = post(email, PASSWORD, null);
        assertThat(second.getStatus()).isEqualTo(429);
        assertThat(second.getHeader("Retry-After")).isEqualTo("120");
        clock.advance(Duration.ofSeconds(121));
        assertThat(loggedIn(post(email, PASSWORD, null))).isTrue();

        // again delayed: the owner's reset link lifts it at once
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
            post(email, "Mauvais-mot-de-passe-1", null);
        }
        assertThat(post(email, PASSWORD, null).getStatus()).isEqualTo(429);
        accounts.requestPasswordReset(email);
        String token = Mails.token(Mails.lastBodyTo(greenMail, email, "/reinitialisation?jeton="), "/reinitialisation");
        accounts.resetPassword(token, "Nouveau-Mot-2027!");
        assertThat(loggedIn(post(email, "Nouveau-Mot-2027!", null))).isTrue();
    }

    @Test
    void a_login_posted_from_another_site_is_refused() throws Exception {
        String email = account();
        assertThat(post(email, PASSWORD, "https://pirate.example").getStatus()).isEqualTo(403);
        assertThat(post(email, PASSWORD, "null").getStatus()).isEqualTo(403);
        assertThat(loggedIn(post(email, PASSWORD, "http://localhost:8080"))).isTrue(); // agora.public-url
        assertThat(loggedIn(post(email, PASSWORD, "http://localhost"))).isTrue(); // the request's own origin
    }
}
