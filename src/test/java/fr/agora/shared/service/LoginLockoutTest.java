package fr.agora.shared.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.shared.domain.AuditEvent;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.Mails;
import fr.agora.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@AgoraSpringTest
class LoginLockoutTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    GreenMail greenMail;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void login(String email, String password) {
        authentication.authenticate(new UsernamePasswordAuthenticationToken(email, password));
    }

    @Test
    void five_failures_in_fifteen_minutes_lock_the_account_for_fifteen_minutes() {
        String email = AccountServiceTest.newEmail();
        accounts.register(new RegistrationRequest(email, "Cible", AccountServiceTest.PASSWORD, null, true, "fr"));
        accounts.verifyEmail(Mails.token(Mails.lastBodyTo(greenMail, email, "/verification?jeton="), "/verification"));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(email, "Mauvais-mot-de-passe-1")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofMinutes(2));
        }
        // even the right password is refused while locked
        assertThatThrownBy(() -> login(email, AccountServiceTest.PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(audit.findByActorOrderByOccurredAtAsc(email)).extracting(AuditEvent::getAction)
                .contains("LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_REFUSED_LOCKED");

        clock.advance(Duration.ofMinutes(16));
        login(email, AccountServiceTest.PASSWORD);
        assertThat(audit.findByActorOrderByOccurredAtAsc(email)).extracting(AuditEvent::getAction).endsWith("LOGIN");
    }
}
