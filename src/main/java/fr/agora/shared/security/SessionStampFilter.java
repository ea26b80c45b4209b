package fr.agora.shared.security;

import fr.agora.shared.service.SessionStamps;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed since it was opened (roles, activation, password, deletion): the session is
 * invalidated and the request goes on as anonymous, so a moderator whose role was removed cannot act from a tab
 * left open. Placed right after the security context is loaded, before any authorization.
 */
final class SessionStampFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStampFilter.class);

    private final SessionStamps stamps;

    SessionStampFilter(SessionStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AgoraPrincipal principal && !stamps.isCurrent(principal)) {
            log.info("Session de {} close : le compte a changé (rôles, activation, mot de passe ou suppression)",
                    principal.accountId());
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
