package fr.agora.shared.security;

import fr.agora.shared.domain.BusinessException;
import java.time.Duration;

/**
 * Too many attempts: the person is told, in their language, how long to wait ({@code rate.limited}, with the
 * minutes as argument); an HTTP response sends the same delay as {@code Retry-After}.
 */
public class RateLimitExceededException extends BusinessException {

    private final transient Duration retryAfter;

    public RateLimitExceededException(Duration retryAfter) {
        super("rate.limited", minutes(retryAfter));
        this.retryAfter = retryAfter;
    }

    /** How long to wait before the next attempt can succeed. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least 1, for a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static long minutes(Duration d) {
        return Math.max(1, (d.toSeconds() + 59) / 60);
    }
}
