package fr.agora.meetings.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one time zone of every date a person sees or a rule uses. */
public final class Paris {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter SHOWN_FR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter SHOWN_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private Paris() {
    }

    public static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }

    public static LocalDate date(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The first instant of a calendar year in Paris. */
    public static Instant yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
    }

    /** « mardi 3 mars 2026 à 18h30 », or the English equivalent. */
    public static String shown(Instant instant, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        return at(instant).format(en ? SHOWN_EN : SHOWN_FR);
    }
}
