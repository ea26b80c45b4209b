package fr.agora.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses a login post, before any account is looked up, when the client's IP has spent its budget
 * ({@link RateLimiter.Action#LOGIN}) or the address must still wait after failed attempts ({@link LoginThrottle}):
 * status 429 with {@code Retry-After} and a short French page.
 */
final class LoginRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final LoginThrottle throttle;

    LoginRateLimitFilter(RateLimiter limiter, LoginThrottle throttle) {
        this.limiter = limiter;
        this.throttle = throttle;
    }

    /** A post of the login form (whatever servlet Vaadin maps the path to). */
    static boolean isLoginPost(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && "/login".equals(path);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LoginRateLimitFilter.isLoginPost(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        try {
            limiter.check(RateLimiter.Action.LOGIN, ClientAddress.of(request), null);
            throttle.check(username);
        } catch (RateLimitExceededException e) {
            long minutes = (e.retryAfterSeconds() + 59) / 60;
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                    + "<title>Trop de tentatives</title></head><body><main><h1>Trop de tentatives de connexion</h1>"
                    + "<p>Par sécurité, attendez " + minutes + " minute" + (minutes > 1 ? "s" : "")
                    + " avant de réessayer. Si vous avez oublié votre mot de passe, le lien de réinitialisation "
                    + "lève aussi ce délai.</p><p><a href=\"" + HtmlUtils.htmlEscape(request.getContextPath())
                    + "/login\">Retour à la connexion</a> · <a href=\"" + HtmlUtils.htmlEscape(request.getContextPath())
                    + "/mot-de-passe-oublie\">Mot de passe oublié</a></p></main></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
