package fr.agora.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.AccountService;
import fr.agora.shared.service.RunAs;
import fr.agora.shared.service.UserAdminService;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.Mails;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issue 12, item 2: removing a role, disabling or deleting an account, and changing or resetting its password end
 * the account's open sessions at once — each request goes through the application's real security filter chain
 * with the session a login left.
 */
@AgoraSpringTest
class SessionRevocationTest {

    static final String PASSWORD = "Soleil-sur-Amiens-42";

    @Autowired
    FilterChainProxy securityFilters;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserAdminService admin;
    @Autowired
    AccountService accounts;
    @Autowired
    GreenMail greenMail;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    UserAccount moderator() {
        UserAccount u = new UserAccount("moderateur-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr",
                "Modérateur", encoder.encode(PASSWORD), Instant.now());
        u.verifyEmail();
        u.grant(Role.MODERATOR);
        return users.save(u);
    }

    /** A session as the login form leaves it. */
    MockHttpSession login(String email, String password) {
        Authentication auth = authentication.authenticate(new UsernamePasswordAuthenticationToken(email, password));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    /** Who the application sees behind this session on the next request (null: nobody, anonymous). */
    Authentication nextRequest(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/images/logo.png");
        request.setSession(session);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        securityFilters.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
        Authentication auth = seen.get();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? null : auth;
    }

    @Test
    void a_removed_role_ends_the_open_session_at_once() throws Exception {
        UserAccount m = moderator();
        MockHttpSession session = login(m.getEmail(), PASSWORD);
        assertThat(nextRequest(session).getAuthorities()).extracting("authority").contains("ROLE_MODERATOR");

        RunAs.user("admin@test", () -> admin.revoke(m.getId(), Role.MODERATOR), "ADMIN");
        assertThat(nextRequest(session)).isNull();
        assertThat(session.isInvalid()).isTrue();

        // a new login gets the new roles
        assertThat(nextRequest(login(m.getEmail(), PASSWORD)).getAuthorities()).extracting("authority")
                .doesNotContain("ROLE_MODERATOR");
    }

    @Test
    void disabling_an_account_ends_its_sessions() throws Exception {
        UserAccount m = moderator();
        MockHttpSession first = login(m.getEmail(), PASSWORD);
        MockHttpSession second = login(m.getEmail(), PASSWORD);
        RunAs.user("admin@test", () -> {
            admin.setEnabled(m.getId(), false);
            return null;
        }, "ADMIN");
        assertThat(nextRequest(first)).isNull();
        assertThat(nextRequest(second)).isNull();
    }

    @Test
    void a_password_reset_ends_every_session_opened_before_it() throws Exception {
        UserAccount m = moderator();
        MockHttpSession before = login(m.getEmail(), PASSWORD);
        accounts.requestPasswordReset(m.getEmail());
        String token = Mails.token(Mails.lastBodyTo(greenMail, m.getEmail(), "/reinitialisation?jeton="), "/reinitialisation");
        accounts.resetPassword(token, "Nouveau-Mot-2027!");
        assertThat(nextRequest(before)).isNull();
        assertThat(nextRequest(login(m.getEmail(), "Nouveau-Mot-2027!"))).isNotNull();
    }

    @Test
    void changing_ones_own_password_keeps_this_session_and_ends_the_others() throws Exception {
        UserAccount m = moderator();
        MockHttpSession other = login(m.getEmail(), PASSWORD);
        MockHttpSession current = login(m.getEmail(), PASSWORD);
        // the change is made from a request of the current session
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(current);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes((HttpServletRequest) request));
        SecurityContextHolder.setContext((SecurityContext) current.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        accounts.changeMyPassword(PASSWORD, "Nouveau-Mot-2027!");
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();

        assertThat(nextRequest(current)).isNotNull().extracting(Authentication::getName).isEqualTo(m.getEmail());
        assertThat(nextRequest(other)).isNull();
    }

    @Test
    void deleting_ones_account_ends_its_sessions() throws Exception {
        UserAccount m = moderator();
        MockHttpSession other = login(m.getEmail(), PASSWORD);
        SecurityContextHolder.getContext().setAuthentication(
                authentication.authenticate(new UsernamePasswordAuthenticationToken(m.getEmail(), PASSWORD)));
        accounts.deleteMyAccount(PASSWORD);
        SecurityContextHolder.clearContext();
        assertThat(nextRequest(other)).isNull();
    }
}
