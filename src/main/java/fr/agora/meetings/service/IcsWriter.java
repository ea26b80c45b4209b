package fr.agora.meetings.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes iCalendar (RFC 5545) by hand: the mirror serves ical4j, but a calendar of a few events needs only this, and
 * the tests parse the output back with ical4j. Times are local to a VTIMEZONE for Europe/Paris (CET/CEST with the EU
 * rule: last Sunday of March and of October), text is escaped and lines are folded at 75 octets with CRLF.
 */
public final class IcsWriter {

    /** One event. {@code cancelled} gives STATUS:CANCELLED. */
    public record Event(String uid, int sequence, Instant start, Instant end, String summary, String location,
            String description, String url, boolean cancelled) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsWriter() {
    }

    /** A calendar of events, named {@code name}, stamped at {@code now}. */
    public static String calendar(String name, List<Event> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Ville d'Amiens//Agora//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:Europe/Paris");
        timezone(out);
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(e.uid()));
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART;TZID=Europe/Paris:" + LOCAL.format(Paris.at(e.start())));
            line(out, "DTEND;TZID=Europe/Paris:" + LOCAL.format(Paris.at(e.end())));
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                line(out, "LOCATION:" + text(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            if (e.url() != null) {
                line(out, "URL:" + e.url());
            }
            line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void timezone(StringBuilder out) {
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:Europe/Paris");
        line(out, "BEGIN:DAYLIGHT");
        line(out, "TZOFFSETFROM:+0100");
        line(out, "TZOFFSETTO:+0200");
        line(out, "TZNAME:CEST");
        line(out, "DTSTART:19700329T020000");
        line(out, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        line(out, "END:DAYLIGHT");
        line(out, "BEGIN:STANDARD");
        line(out, "TZOFFSETFROM:+0200");
        line(out, "TZOFFSETTO:+0100");
        line(out, "TZNAME:CET");
        line(out, "DTSTART:19701025T030000");
        line(out, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
    }

    /** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; drops other controls. */
    static String text(String value) {
        StringBuilder b = new StringBuilder();
        String v = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 sequence), ending with CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
