package fr.agora.shared.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * The portal's one time zone ({@code agora.zone}, Europe/Paris) for every date a person sees or a rule uses.
 * Services ask {@link #today()}; views use {@link #zone()} and {@link #dayOf(Instant)} to show an instant, but never
 * ask for the current time (they show what a service answered).
 */
@Component
public class Dates {

    private final Clock clock;

    Dates(Clock clock) {
        this.clock = clock;
    }

    /** The configured zone. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Today in the configured zone (for services: a view gets the date from a service). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day an instant falls on, in the configured zone. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    /** An instant in the configured zone, for showing it with a time. */
    public ZonedDateTime at(Instant instant) {
        return instant.atZone(zone());
    }
}
