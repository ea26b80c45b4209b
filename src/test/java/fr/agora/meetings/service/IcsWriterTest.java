package fr.agora.meetings.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The hand-written iCalendar, parsed back with ical4j: escaping, folding, time zone across DST. */
class IcsWriterTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void times_are_local_to_europe_paris_on_both_sides_of_dst() throws Exception {
        // 29 March 2026 is the switch to summer time; 25 October 2026 back to winter time
        Instant winter = Paris.instant(LocalDateTime.of(2026, 3, 28, 18, 30));
        Instant summer = Paris.instant(LocalDateTime.of(2026, 3, 30, 18, 30));
        Instant backToWinter = Paris.instant(LocalDateTime.of(2026, 10, 26, 18, 30));
        String ics = IcsWriter.calendar("Test", List.of(event("a", winter), event("b", summer), event("c", backToWinter)), NOW);
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        assertThat(start(events.get(0)).toInstant()).isEqualTo(Instant.parse("2026-03-28T17:30:00Z"));
        assertThat(start(events.get(1)).toInstant()).isEqualTo(Instant.parse("2026-03-30T16:30:00Z"));
        assertThat(start(events.get(2)).toInstant()).isEqualTo(Instant.parse("2026-10-26T17:30:00Z"));
        assertThat(ics).contains("DTSTART;TZID=Europe/Paris:20260330T183000");
        assertThat(ics).contains("DTSTAMP:20260301T100000Z");
    }

    @Test
    void text_is_escaped_and_long_lines_are_folded_at_75_octets_with_crlf() throws Exception {
        String hostile = "Réunion; ordre, du jour\\ avec\nsaut et « guillemets » — " + "é".repeat(80);
        String ics = IcsWriter.calendar("Nom, avec; virgule", List.of(new IcsWriter.Event("u1@agora", 2,
                Instant.parse("2026-06-01T16:00:00Z"), Instant.parse("2026-06-01T18:00:00Z"), hostile, "Salle\r\nA",
                "Desc\u0007ription", null, false)), NOW);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics).doesNotContain("\u0007");
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = (VEvent) cal.getComponents("VEVENT").getFirst();
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(hostile);
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Salle\nA");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
    }

    private static IcsWriter.Event event(String uid, Instant start) {
        return new IcsWriter.Event(uid + "@agora", 0, start, start.plusSeconds(7200), "Réunion " + uid, "Salle", null,
                "https://agora.example/reunions/1", false);
    }

    private static ZonedDateTime start(VEvent e) {
        // ical4j builds its own zone from our VTIMEZONE: the instants checked by the callers prove its rules
        assertThat(e.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
        return ZonedDateTime.from(e.getStartDate().orElseThrow().getDate());
    }
}
