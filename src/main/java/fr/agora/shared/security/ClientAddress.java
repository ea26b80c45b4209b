package fr.agora.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The IP address of the client of the current HTTP request (behind the production proxy, the one it forwarded:
 * {@code server.forward-headers-strategy=native}), or {@code null} outside a request (a nightly job, a test).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return null;
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
