package fr.agora.council.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How "2 pour 1000 habitants" becomes a whole number of seats; the sources do not say (DOMAIN.md §7 B.5), so it
 * is a setting. The default, {@link #HALF_UP}, gives 6 seats for Pierre Rollin's 2,920 inhabitants (5.84).
 */
public enum SeatRounding {
    HALF_UP(RoundingMode.HALF_UP), UP(RoundingMode.CEILING), DOWN(RoundingMode.FLOOR);

    private final RoundingMode mode;

    SeatRounding(RoundingMode mode) {
        this.mode = mode;
    }

    /** Seats for {@code population} at {@code perThousand} seats per 1000 inhabitants; at least one. */
    public int seats(int population, int perThousand) {
        int seats = BigDecimal.valueOf(population).multiply(BigDecimal.valueOf(perThousand))
                .divide(BigDecimal.valueOf(1000)).setScale(0, mode).intValueExact();
        return Math.max(1, seats);
    }
}
