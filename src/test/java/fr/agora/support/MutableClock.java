package fr.agora.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock tests can move forward, in the portal's zone (Europe/Paris, as {@code agora.zone}). Shared by the test
 * context; tests reset it after use.
 */
public final class MutableClock extends Clock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private volatile Instant now = Instant.now();

    @Override
    public ZoneId getZone() {
        return PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    /** Sets the time, such as 00:30 in Paris (still the day before in UTC). */
    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = Instant.now();
    }
}
