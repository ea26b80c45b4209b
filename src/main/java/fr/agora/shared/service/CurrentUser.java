package fr.agora.shared.service;

import fr.agora.shared.domain.Role;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, from the security context. */
public final class CurrentUser {

    /** The actor name recorded when nobody is logged in. */
    public static final String ANONYMOUS = "anonyme";

    private CurrentUser() {
    }

    /** The logged-in user's e-mail, if any. */
    public static Optional<String> email() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    /** The actor name for the audit log. */
    public static String actor() {
        return email().orElse(ANONYMOUS);
    }

    /** Whether the signed-in user holds at least one of these roles (for views and rules that depend on it). */
    public static boolean hasAnyRole(Role... roles) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> Arrays.stream(roles).anyMatch(r -> r.authority().equals(a.getAuthority())));
    }
}
