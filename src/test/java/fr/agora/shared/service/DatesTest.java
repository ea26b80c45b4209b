package fr.agora.shared.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.support.AgoraSpringTest;
import fr.agora.support.MutableClock;
import fr.agora.walks.service.WalkService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One zone, Europe/Paris: at 00:30 in Amiens (23:30 UTC) the services' "today" is already the new day. */
@AgoraSpringTest
class DatesTest {

    @Autowired
    Dates dates;
    @Autowired
    MutableClock clock;
    @Autowired
    TerritoryService territories;
    @Autowired
    WalkService walks;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void today_is_the_day_in_paris_also_just_after_midnight() {
        clock.set(Instant.parse("2026-12-07T23:30:00Z"));
        assertThat(dates.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(dates.today()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(territories.today()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(walks.today()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(dates.dayOf(Instant.parse("2026-06-30T22:15:00Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
