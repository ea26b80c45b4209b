package fr.agora.shared.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.agora.shared.service.SessionStamps;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Web and method security. Views declare their access ({@code @AnonymousAllowed}, {@code @RolesAllowed}) and
 * services check it again ({@code @PreAuthorize}), so a forged request that bypasses a view is still refused.
 * CSRF protection is Vaadin's own. Method security is {@code @PreAuthorize} only: enabling JSR-250 here would
 * proxy the views, which carry {@code @RolesAllowed} for Vaadin's navigation control.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain agoraSecurity(HttpSecurity http, @Value("${agora.map.tile-url}") String tileUrl,
            @Value("${agora.security.hsts:false}") boolean hsts, @Value("${agora.public-url}") String publicUrl,
            SessionStamps stamps, RateLimiter limiter, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/images/**", "/icons/**", "/robots.txt").permitAll());
        // Vaadin denies by default any address that is not one of its routes: an unknown address then ended on the
        // login page or an empty 403. Letting it through reaches the router, which answers with the portal's own
        // 404 page; every route is still guarded by its annotations (navigation access control) and there is no
        // other endpoint.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("login", "/")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        // a session whose account changed since login (roles, activation, password, deletion) ends before any check
        http.addFilterAfter(new SessionStampFilter(stamps), SecurityContextHolderFilter.class);
        // login posts: same origin only (Vaadin's login form has no CSRF token), then rate limits, then the password
        http.addFilterBefore(new LoginOriginFilter(publicUrl), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new LoginRateLimitFilter(limiter, throttle), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)));
            headers.frameOptions(frame -> frame.deny());
            headers.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
            headers.permissionsPolicyHeader(p -> p.policy("camera=(self), geolocation=(self), microphone=()"));
            if (hsts) {
                headers.httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000));
            } else {
                headers.httpStrictTransportSecurity(h -> h.disable());
            }
        });
        return http.build();
    }

    /**
     * A CSP that Vaadin works with: Flow's bootstrap needs inline scripts and {@code eval} (for
     * {@code executeJs}); everything else is restricted to our origin, plus the map tile server.
     */
    static String contentSecurityPolicy(String tileUrl) {
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob: " + tileOrigin(tileUrl) + "; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** The origin of a tile URL template; a {@code {s}} sub-domain placeholder becomes a wildcard. */
    static String tileOrigin(String tileUrl) {
        String host = URI.create(tileUrl.replace("{s}", "a").replaceAll("\\{[a-z]+}", "0")).getHost();
        String scheme = URI.create(tileUrl.replaceAll("\\{[a-z]+}", "0")).getScheme();
        if (tileUrl.contains("{s}.")) {
            host = "*." + host.substring(host.indexOf('.') + 1);
        }
        return scheme + "://" + host;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt by default; the {id} prefix lets us move to Argon2 later without locking anyone out
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Checks the password <em>before</em> saying anything about the account (unverified, disabled, expired):
     * Spring's default checks the account's state first, which told a stranger that an address has an account.
     * An unknown address costs the same password hashing as a known one.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService accounts, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /** The login form's authentication manager, also used by services and tests to check credentials. */
    @Bean
    AuthenticationManager authenticationManager(AuthenticationConfiguration configuration) throws Exception {
        return configuration.getAuthenticationManager();
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
