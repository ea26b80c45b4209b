package fr.agora.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops login CSRF: Vaadin's login form posts without a CSRF token (Vaadin exempts the login page from Spring's
 * CSRF check), so another site could log a visitor into an account of the attacker's. A browser says where a
 * post comes from ({@code Origin}, {@code Sec-Fetch-Site}); a login post from another origin is refused with 403.
 * A post with neither header does not come from a browser page, so it cannot be a cross-site forgery.
 */
final class LoginOriginFilter extends OncePerRequestFilter {

    private final String publicOrigin;

    LoginOriginFilter(String publicUrl) {
        this.publicOrigin = origin(URI.create(publicUrl));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LoginRateLimitFilter.isLoginPost(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Connexion refusée : formulaire envoyé depuis un autre site");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean sameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String own = request.getScheme() + "://" + request.getServerName() + port(request.getScheme(), request.getServerPort());
        String normalised = origin.strip().toLowerCase(Locale.ROOT);
        return normalised.equals(own.toLowerCase(Locale.ROOT)) || normalised.equals(publicOrigin);
    }

    private static String origin(URI uri) {
        return (uri.getScheme() + "://" + uri.getHost() + port(uri.getScheme(), uri.getPort())).toLowerCase(Locale.ROOT);
    }

    private static String port(String scheme, int port) {
        boolean standard = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return standard ? "" : ":" + port;
    }
}
