package fr.agora.council.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one time zone of the councils: every date a person sees or a rule uses (a call's opening, a deadline to
 * answer, a mandate's end, an arrêté's day) is a day in Amiens, whatever the zone of the {@link Clock} (UTC on the
 * servers). Without it, between midnight and 2 a.m. in Paris, "today" would be yesterday.
 */
public final class CouncilTime {

    /** The city's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** How instants (a call's opening and closing, a meeting) are written in messages and pages. */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

    private CouncilTime() {
    }

    /** Today in Amiens. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The day in Amiens of an instant. */
    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
