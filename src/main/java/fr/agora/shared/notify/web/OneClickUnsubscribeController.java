package fr.agora.shared.notify.web;

import fr.agora.shared.notify.service.UnsubscribeService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /desabonnement/un-clic?jeton=…}, the address of the {@code List-Unsubscribe} header: a mail client's POST
 * ({@code List-Unsubscribe=One-Click}, RFC 8058) stops the subscription at once, without a session or an account;
 * the token is the only credential. A GET (a person who opened that address) goes to the confirmation page, which
 * changes nothing until its button is pressed.
 */
@RestController
class OneClickUnsubscribeController {

    static final String PATH = "/desabonnement/un-clic";

    private final UnsubscribeService unsubscribe;

    OneClickUnsubscribeController(UnsubscribeService unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @PostMapping(PATH)
    ResponseEntity<String> oneClick(@RequestParam(name = "jeton", required = false) String token) {
        return switch (unsubscribe.unsubscribe(token)) {
            case ACTIVE, ALREADY -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                    .body("Désabonnement enregistré. / You are unsubscribed.");
            case INVALID -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("Lien de désabonnement inconnu ou périmé. / Unknown or expired link.");
        };
    }

    @GetMapping(PATH)
    ResponseEntity<Void> page(@RequestParam(name = "jeton", required = false) String token) {
        String target = "/desabonnement" + (token == null ? "" : "?jeton=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", target).build();
    }

    /** A stateless chain for this address only, ahead of the application's (Vaadin) chain: no session, no CSRF. */
    @Configuration(proxyBeanMethods = false)
    static class OneClickSecurity {

        @Bean
        @Order(11)
        SecurityFilterChain oneClickUnsubscribe(HttpSecurity http) throws Exception {
            http.securityMatcher(PATH)
                    .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, PATH).permitAll()
                            .requestMatchers(HttpMethod.GET, PATH).permitAll()
                            .anyRequest().denyAll())
                    .csrf(c -> c.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .requestCache(r -> r.disable())
                    .headers(h -> h.frameOptions(f -> f.deny()));
            return http.build();
        }
    }
}
