package fr.agora.shared.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.agora.shared.domain.EmailAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Failed logins per address, whether or not an account has it (so the answer never tells which addresses exist).
 * The first {@value #FREE_FAILURES} failures cost nothing; after that each attempt must wait a delay that doubles
 * with every further failure, from {@link #FIRST_DELAY} up to {@link #MAX_DELAY}. There is no permanent lock that
 * an attacker could keep on someone else's account: the delay is bounded, a successful login clears it, and so
 * does the owner's password-reset link. Counts live in memory (a restart forgets them) and expire after
 * {@link #MEMORY} without failures.
 */
@Component
public class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    public static final Duration MAX_DELAY = Duration.ofHours(1);
    public static final Duration MEMORY = Duration.ofHours(24);

    private record Failures(int count, Instant last) {
    }

    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(MEMORY)
            .build();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @throws RateLimitExceededException when this address must still wait before its next attempt */
    public void check(String address) {
        Failures f = failures.getIfPresent(key(address));
        if (f == null || f.count() < FREE_FAILURES) {
            return;
        }
        Instant allowedAt = f.last().plus(delay(f.count()));
        Instant now = clock.instant();
        if (now.isBefore(allowedAt)) {
            throw new RateLimitExceededException(Duration.between(now, allowedAt));
        }
    }

    /** Whether this address must wait before its next login attempt (shown to admins). */
    public boolean isDelayed(String address) {
        try {
            check(address);
            return false;
        } catch (RateLimitExceededException e) {
            return true;
        }
    }

    /** Counts a failed login for this address; returns the number of failures so far. */
    public int recordFailure(String address) {
        Instant now = clock.instant();
        return failures.asMap().merge(key(address), new Failures(1, now),
                (old, one) -> new Failures(old.count() + 1, now)).count();
    }

    /** Forgets the failures of this address: a successful login, or the owner's password reset. */
    public void clear(String address) {
        failures.invalidate(key(address));
    }

    /** Forgets every count (tests). */
    public void reset() {
        failures.invalidateAll();
    }

    /** The wait after {@code count} failures (count ≥ {@value #FREE_FAILURES}). */
    public static Duration delay(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 10);
        Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private static String key(String address) {
        String email = EmailAddress.normalise(address);
        return email == null ? "" : email;
    }
}
