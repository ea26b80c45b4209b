package fr.agora.support;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code as a given user (or as an anonymous visitor), so that one test can play several people. */
public final class As {

    private As() {
    }

    public static <T> T user(String email, Supplier<T> action, String... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        return with(new UsernamePasswordAuthenticationToken(email, "n/a", authorities), action);
    }

    public static void user(String email, Runnable action, String... roles) {
        user(email, () -> {
            action.run();
            return null;
        }, roles);
    }

    public static <T> T anonymous(Supplier<T> action) {
        return with(new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")), action);
    }

    /**
     * Runs code as if it served an HTTP request from {@code ip}: what limits clients (the rate limits) sees that
     * address; outside such a call, service code runs as a job would, with no client.
     */
    public static <T> T client(String ip, Supplier<T> action) {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(ip);
        var previous = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            return action.get();
        } finally {
            org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(previous);
        }
    }

    /**
     * Runs code as the portal's own jobs and loaders do: outside any HTTP request (Spring's test support otherwise
     * gives each test thread a mock request from 127.0.0.1).
     */
    public static <T> T job(Supplier<T> action) {
        var previous = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        try {
            return action.get();
        } finally {
            org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(previous);
        }
    }

    private static <T> T with(org.springframework.security.core.Authentication auth, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
