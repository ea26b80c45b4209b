package fr.agora.shared.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.agora.shared.domain.EmailAddress;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Limits how often anyone can try an action, per client IP and per address (an e-mail, a voting code…), with
 * token buckets (Bucket4j) kept in memory in a bounded cache. The limits are in {@link Action} and in
 * {@code docs/security.md}.
 *
 * <p>Use: call {@link #check(Action, String)} at the start of the service method, before anything is looked up,
 * so that the answer is the same whether the address exists or not. A refusal is a
 * {@link RateLimitExceededException}: a French message with the delay, and the delay for a {@code Retry-After}.
 * The limits apply whatever the outcome of the attempt; failed logins have their own growing delay
 * ({@link LoginThrottle}).
 */
@Service
public class RateLimiter {

    /** What can be limited, with its budget per IP and per address. */
    public enum Action {
        /** Login form posts. The address side is {@link LoginThrottle}'s growing delay. */
        LOGIN(30, Duration.ofMinutes(10), 30, Duration.ofMinutes(10)),
        /** Account registrations. */
        REGISTER(10, Duration.ofHours(1), 3, Duration.ofHours(1)),
        /** Password-reset mails. */
        PASSWORD_RESET(10, Duration.ofHours(1), 3, Duration.ofHours(1)),
        /** Candidacies to a council's call (they feed the draw's pool). */
        CANDIDACY(20, Duration.ofHours(1), 5, Duration.ofHours(1)),
        /** Budget proposals and similar public submissions. */
        PROPOSAL(20, Duration.ofHours(1), 10, Duration.ofHours(1)),
        /** Votes and voting-code attempts. */
        VOTE(30, Duration.ofMinutes(10), 10, Duration.ofMinutes(10));

        final int perIp;
        final Duration ipPeriod;
        final int perAddress;
        final Duration addressPeriod;

        Action(int perIp, Duration ipPeriod, int perAddress, Duration addressPeriod) {
            this.perIp = perIp;
            this.ipPeriod = ipPeriod;
            this.perAddress = perAddress;
            this.addressPeriod = addressPeriod;
        }

        public int perIp() {
            return perIp;
        }

        public Duration ipPeriod() {
            return ipPeriod;
        }

        public int perAddress() {
            return perAddress;
        }

        public Duration addressPeriod() {
            return addressPeriod;
        }
    }

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofHours(2))
            .build();
    private final TimeMeter time;
    private final double ipScale;

    /**
     * @param ipScale multiplies every per-IP budget: 1 in production; the test profile raises it, since every
     *                browser test comes from 127.0.0.1 (the per-address budgets are never scaled)
     */
    RateLimiter(Clock clock, @Value("${agora.security.rate-limit.ip-scale:1}") double ipScale) {
        this.time = new ClockTimeMeter(clock);
        this.ipScale = ipScale;
    }

    /**
     * Counts one attempt of {@code action} by the current request's client and for {@code address}. Outside an
     * HTTP request nothing is counted: limits are for clients, not for the portal's own jobs and loaders.
     *
     * @param address what the attempt is about (an e-mail, normalised here; a code; an account id); may be null
     * @throws RateLimitExceededException when either budget is spent
     */
    public void check(Action action, String address) {
        String ip = ClientAddress.current();
        if (ip == null) {
            return; // outside a request (a job, the demo loader, a service test) no client is acting
        }
        check(action, ip, address);
    }

    /**
     * Counts one attempt for {@code address} only (the client's budget having been counted earlier, at the start of
     * the attempt): for limits that should spend an address's budget only on what is actually done, not on a form
     * refused for a typing error. Like {@link #check(Action, String)}, nothing is counted outside an HTTP request.
     */
    public void checkAddress(Action action, String address) {
        if (ClientAddress.current() != null) {
            check(action, null, address);
        }
    }

    /** As {@link #check(Action, String)}, with the client's IP given. */
    public void check(Action action, String ip, String address) {
        if (ip != null) { // outside a request (a job, a service test) there is no client to limit
            take(action.name() + "|ip|" + ip, (int) Math.max(1, Math.round(action.perIp * ipScale)), action.ipPeriod);
        }
        if (address != null && !address.isBlank()) {
            take(action.name() + "|to|" + key(address), action.perAddress, action.addressPeriod);
        }
    }

    /** Forgets every count (tests). */
    public void reset() {
        buckets.invalidateAll();
    }

    private void take(String key, int capacity, Duration period) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitExceededException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static String key(String address) {
        String email = EmailAddress.normalise(address);
        return email != null ? email : address.strip().toLowerCase(Locale.ROOT);
    }

    /** Bucket4j reads time from the application's clock, so that tests can move it. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            java.time.Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
