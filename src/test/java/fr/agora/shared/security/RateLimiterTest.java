package fr.agora.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 12, item 7: budgets per IP and per address, refused with the delay to wait. */
class RateLimiterTest {

    final MutableClock clock = new MutableClock();
    final RateLimiter limiter = new RateLimiter(clock, 1);

    @Test
    void an_ip_spreading_attempts_over_many_addresses_is_stopped() {
        RateLimiter.Action login = RateLimiter.Action.LOGIN;
        for (int i = 0; i < login.perIp(); i++) {
            limiter.check(login, "198.51.100.1", "victime-" + i + "@exemple.fr");
        }
        assertThatThrownBy(() -> limiter.check(login, "198.51.100.1", "encore@exemple.fr"))
                .isInstanceOf(RateLimitExceededException.class)
                .hasMessageContaining("rate.limited")
                .satisfies(e -> assertThat(((RateLimitExceededException) e).retryAfterSeconds()).isBetween(1L, 600L));
        limiter.check(login, "198.51.100.2", "encore@exemple.fr"); // another IP is not affected
    }

    @Test
    void an_address_asked_for_from_many_ips_is_stopped_and_the_budget_refills() {
        RateLimiter.Action reset = RateLimiter.Action.PASSWORD_RESET;
        for (int i = 0; i < reset.perAddress(); i++) {
            limiter.check(reset, "198.51.100." + i, "Cible@Exemple.fr");
        }
        RateLimitExceededException e = org.junit.jupiter.api.Assertions.assertThrows(RateLimitExceededException.class,
                () -> limiter.check(reset, "198.51.100.99", " cible@exemple.fr"));
        assertThat(e.getRetryAfter()).isPositive().isLessThanOrEqualTo(reset.addressPeriod());
        assertThat(e.getArgs()).containsExactly((e.getRetryAfter().toSeconds() + 59) / 60);
        clock.advance(e.getRetryAfter().plusSeconds(1));
        limiter.check(reset, "198.51.100.99", "cible@exemple.fr");
    }

    @Test
    void every_action_has_both_budgets() {
        for (RateLimiter.Action a : RateLimiter.Action.values()) {
            assertThat(a.perIp()).isPositive();
            assertThat(a.perAddress()).isPositive();
            assertThat(a.ipPeriod()).isGreaterThan(Duration.ZERO);
        }
    }

    @Test
    void the_login_delay_doubles_up_to_an_hour() {
        assertThat(LoginThrottle.delay(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.delay(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(LoginThrottle.delay(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LoginThrottle.delay(50)).isEqualTo(LoginThrottle.MAX_DELAY);
    }
}
