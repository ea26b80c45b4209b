package fr.agora.council.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A council refuses what cannot describe it, a mandate without a start, and an arrêté from the future. */
class CouncilTest {

    static final Territory QPV = new Territory("QPV-TEST", TerritoryKind.QPV, "Quartier test", LocalDate.of(2015, 1, 1));

    static void refused(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }

    @Test
    void aDescriptionIsCheckedWholeBeforeAnythingChanges() {
        Council c = new Council("c", "Conseil", Instant.EPOCH);
        c.describe("Conseil", Set.of(QPV), 2920, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, 2026, Instant.EPOCH);
        refused(() -> c.describe(" ", Set.of(QPV), 2920, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, 2026,
                Instant.EPOCH), "council.error.name");
        refused(() -> c.describe("Conseil", Set.of(), 2920, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, 2026,
                Instant.EPOCH), "council.error.territories");
        refused(() -> c.describe("Conseil", Set.of(QPV), 0, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, 2026,
                Instant.EPOCH), "council.error.population");
        refused(() -> c.describe("Conseil", Set.of(QPV), 100, "INSEE", 2027, SeatRounding.HALF_UP, false, 2, 2026,
                Instant.EPOCH), "council.error.population-year");
        refused(() -> c.describe("Conseil", Set.of(QPV), 100, "", 2025, SeatRounding.HALF_UP, false, 2, 2026,
                Instant.EPOCH), "council.error.population-source");
        refused(() -> c.describe("Conseil", Set.of(QPV), 100, "INSEE", 2025, null, false, 2, 2026, Instant.EPOCH),
                "council.error.rounding");
        refused(() -> c.describe("Conseil", Set.of(QPV), 100, "INSEE", 2025, SeatRounding.HALF_UP, false, 7, 2026,
                Instant.EPOCH), "council.error.mandate-years");
        assertThat(c.getPopulation()).isEqualTo(2920);
        assertThat(c.habitantSeats(2)).isEqualTo(6);
    }

    @Test
    void aMandateStartsOnADay() {
        Council c = new Council("c", "Conseil", Instant.EPOCH);
        refused(() -> c.startMandate(null, Instant.EPOCH), "council.error.mandate-start");
        assertThat(c.getMandateStart()).isNull();
        c.startMandate(LocalDate.of(2026, 3, 2), Instant.EPOCH);
        assertThat(c.getMandateStart()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void anArreteIsNotFromTheFutureAndHasAReferenceAndAFile() {
        Council c = new Council("c", "Conseil", Instant.EPOCH);
        LocalDate today = LocalDate.of(2026, 3, 2);
        refused(() -> c.recordArrete(today.plusDays(1), "Arrêté 1", "f.pdf", "agent", today, Instant.EPOCH),
                "council.error.arrete-date");
        refused(() -> c.recordArrete(today, " ", "f.pdf", "agent", today, Instant.EPOCH), "council.error.arrete-reference");
        assertThatThrownBy(() -> c.recordArrete(today, "Arrêté 1", null, "agent", today, Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
        assertThat(c.getArreteDate()).isNull();
        c.recordArrete(today, " Arrêté 1 ", "f.pdf", "agent", today, Instant.EPOCH);
        assertThat(c.getArreteReference()).isEqualTo("Arrêté 1");
    }
}
