package fr.agora.shared.service;

import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.security.AgoraPrincipal;
import fr.agora.shared.security.LoginThrottle;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security and counts failed logins per address, whether an account has it or not
 * ({@link LoginThrottle}: a growing delay after five failures, lifted by a successful login or the owner's reset
 * link; there is no permanent lock anyone could put on someone else's account). Logins, failures and refused
 * authorisations are audited.
 *
 * <p>An unverified e-mail makes the account "disabled"; an account an admin disabled or that was deleted is
 * "expired", so that the login page can say which — only once the password was right (see
 * {@code SecurityConfig#authenticationProvider}).
 */
@Service
public class LoginService implements UserDetailsService {

    private final UserAccountRepository users;
    private final AuditService audit;
    private final LoginThrottle throttle;
    private final Clock clock;

    LoginService(UserAccountRepository users, AuditService audit, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByEmail(EmailAddress.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu"));
        return new AgoraPrincipal(user.getId(), user.getSecurityStamp(), user.getEmail(), user.getPasswordHash(),
                user.isEmailVerified(), user.isEnabled() && !user.isAnonymised(), true,
                user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = EmailAddress.normalise(String.valueOf(event.getAuthentication().getName()));
        int failures = throttle.recordFailure(email);
        Map<String, Object> details = failures >= LoginThrottle.FREE_FAILURES
                ? Map.of("failures", failures, "delay", LoginThrottle.delay(failures).toString()) : null;
        users.findByEmail(email).ifPresentOrElse(user -> audit.recordAs(email, "LOGIN_FAILED", "user", user.getId(), details),
                () -> audit.recordAs(CurrentUser.ANONYMOUS, "LOGIN_FAILED", "user", truncate(email), Map.of("reason", "unknown")));
    }

    @EventListener
    @Transactional
    public void onLocked(AuthenticationFailureLockedEvent event) {
        audit.recordAs(String.valueOf(event.getAuthentication().getName()), "LOGIN_REFUSED_LOCKED", "user", null, null);
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByEmail(event.getAuthentication().getName()).ifPresent(user -> {
            throttle.clear(user.getEmail());
            user.registerSuccessfulLogin(clock.instant());
            audit.recordAs(user.getEmail(), "LOGIN", "user", user.getId(), null);
        });
    }

    /** Refused method or view authorisations (a forged request, say) go to the audit log. */
    @EventListener
    public void onDenied(AuthorizationDeniedEvent<?> event) {
        if (!(event.getSource() instanceof org.aopalliance.intercept.MethodInvocation)) {
            return; // URL-level refusals are the login redirect of anonymous visitors: not worth an entry
        }
        String actor = event.getAuthentication().get() == null ? CurrentUser.ANONYMOUS : event.getAuthentication().get().getName();
        audit.recordRefusal(actor, "ACCESS_DENIED", "resource", describe(event.getSource()), null);
    }

    private static String describe(Object source) {
        if (source instanceof org.aopalliance.intercept.MethodInvocation mi) {
            return mi.getMethod().getDeclaringClass().getSimpleName() + "." + mi.getMethod().getName();
        }
        return truncate(String.valueOf(source));
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 120 ? s : s.substring(0, 120);
    }
}
