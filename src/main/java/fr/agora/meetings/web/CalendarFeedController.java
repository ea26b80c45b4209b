package fr.agora.meetings.web;

import fr.agora.meetings.service.CalendarFeedService;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The iCal feeds: {@code /ical/reunions.ics} (public meetings, optional {@code territoire} and {@code instance}
 * filters) and {@code /ical/prive/<token>.ics} (a body's or a member's private feed). Calendar apps send no
 * session, so these paths have their own stateless security chain: open to all, read-only (GET), the private feed
 * guarded by its secret token alone.
 */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/ical/reunions.ics")
    ResponseEntity<String> publicFeed(@RequestParam(name = "territoire", required = false) Long territory,
            @RequestParam(name = "instance", required = false) String body) {
        if (body != null && !body.matches("[A-Z]{6,7}:[0-9]{1,18}(:[A-Z]{9,12})?")) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("Instance inconnue");
        }
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noCache())
                .body(feeds.publicFeed(territory, body));
    }

    @GetMapping("/ical/prive/{token}.ics")
    ResponseEntity<String> privateFeed(@PathVariable("token") String token) {
        return feeds.privateFeed(token)
                .map(ics -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                        .header("Referrer-Policy", "no-referrer").body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("Flux inconnu ou révoqué"));
    }

    /** A chain only for {@code /ical/**}, ahead of the application's (Vaadin) chain. */
    @Configuration(proxyBeanMethods = false)
    static class FeedSecurity {

        @Bean
        @Order(10)
        SecurityFilterChain calendarFeeds(HttpSecurity http) throws Exception {
            http.securityMatcher("/ical/**")
                    .authorizeHttpRequests(a -> a.requestMatchers(org.springframework.http.HttpMethod.GET, "/ical/**").permitAll()
                            .anyRequest().denyAll())
                    .csrf(c -> c.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(
                            org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                    .requestCache(r -> r.disable())
                    .headers(h -> h.frameOptions(f -> f.deny()));
            return http.build();
        }
    }
}
