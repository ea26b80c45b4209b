package fr.agora.shared.service;

import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.security.AgoraPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sessions end when their account's security stamp changes (see {@code UserAccount#getSecurityStamp}): a role
 * removed, an account disabled or deleted, a password changed or reset. The check runs on every request
 * ({@code SessionStampFilter}); {@link #keepCurrentSession(long)} lets the session that made the change itself
 * (a person changing their own password) stay open while all the others end.
 */
@Component
public class SessionStamps {

    private final UserAccountRepository users;

    SessionStamps(UserAccountRepository users) {
        this.users = users;
    }

    /** Whether a session opened with this principal is still valid. */
    public boolean isCurrent(AgoraPrincipal principal) {
        Long stamp = users.findSecurityStamp(principal.accountId());
        return stamp != null && stamp == principal.stamp();
    }

    /** Moves the current session to the account's new stamp, so that only the other sessions end. */
    public void keepCurrentSession(long newStamp) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AgoraPrincipal principal)) {
            return;
        }
        AgoraPrincipal renewed = principal.withStamp(newStamp);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renewed, null, auth.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }
}
