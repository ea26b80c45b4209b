package fr.agora.shared.service;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs code as a given account with given roles, then restores the caller's security context. For work the
 * application does on someone's behalf outside a request (demo data loaded as the demo agent), so that it goes
 * through the same service checks and audit entries as a person would.
 */
public final class RunAs {

    private RunAs() {
    }

    /** Runs {@code action} as {@code email} with {@code roles} (names without the {@code ROLE_} prefix). */
    public static <T> T user(String email, Supplier<T> action, String... roles) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
