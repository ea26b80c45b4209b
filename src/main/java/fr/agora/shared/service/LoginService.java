package fr.agora.shared.service;

import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security and applies the lockout rule: after {@value UserAccount#MAX_FAILURES}
 * failed logins within 15 minutes the account is locked for 15 minutes. Logins, failures, lockouts and
 * refused authorisations are audited.
 *
 * <p>An unverified e-mail makes the account "disabled"; an account an admin disabled or that was deleted is
 * "expired", so that the login page can say which.
 */
@Service
public class LoginService implements UserDetailsService {

    private final UserAccountRepository users;
    private final AuditService audit;
    private final Clock clock;

    LoginService(UserAccountRepository users, AuditService audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByEmail(EmailAddress.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu"));
        return User.withUsername(user.getEmail())
                .password(user.getPasswordHash())
                .authorities(user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .accountLocked(user.isLocked(clock.instant()))
                .disabled(!user.isEmailVerified())
                .accountExpired(!user.isEnabled() || user.isAnonymised())
                .build();
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = EmailAddress.normalise(String.valueOf(event.getAuthentication().getName()));
        users.findByEmail(email).ifPresentOrElse(user -> {
            boolean locked = user.registerFailedLogin(clock.instant());
            audit.recordAs(email, "LOGIN_FAILED", "user", user.getId(), null);
            if (locked) {
                audit.recordAs(email, "ACCOUNT_LOCKED", "user", user.getId(),
                        Map.of("until", String.valueOf(user.getLockedUntil())));
            }
        }, () -> audit.recordAs(CurrentUser.ANONYMOUS, "LOGIN_FAILED", "user", truncate(email), Map.of("reason", "unknown")));
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
