package fr.agora.council.service;

import fr.agora.council.domain.SeatRounding;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The rules the sources leave open (DOMAIN.md §1.3, §7 B), as settings with documented defaults; see
 * {@code docs/council-settings.md}. A council's own choices (rounding, parity count, mandate length) start from these.
 *
 * @param seatsPerThousand       Habitants seats per 1000 inhabitants (2)
 * @param defaultRounding        rounding of the seat count (HALF_UP: 5.84 gives 6)
 * @param membresDeDroitInParity whether membres de droit count in the Associations collège's parity (false)
 * @param mandateYears           mandate length in years (2)
 * @param mandateWarningDays     how long before the mandate's end staff are warned (90)
 * @param arreteMaxSize          the largest arrêté PDF accepted (10 MB)
 * @param poolRetentionDays      days after a draw before the pool's personal data are erased (30)
 * @param responseDays           days a drawn person has to accept their seat (15)
 * @param undoMinutes            minutes during which staff may undo an end of mandate (15)
 */
@ConfigurationProperties(prefix = "agora.council")
public record CouncilSettings(Integer seatsPerThousand, SeatRounding defaultRounding, Boolean membresDeDroitInParity,
        Integer mandateYears, Integer mandateWarningDays, DataSize arreteMaxSize, Integer poolRetentionDays,
        Integer responseDays, Integer undoMinutes) {

    public CouncilSettings {
        seatsPerThousand = seatsPerThousand == null ? 2 : seatsPerThousand;
        defaultRounding = defaultRounding == null ? SeatRounding.HALF_UP : defaultRounding;
        membresDeDroitInParity = membresDeDroitInParity != null && membresDeDroitInParity;
        mandateYears = mandateYears == null ? 2 : mandateYears;
        mandateWarningDays = mandateWarningDays == null ? 90 : mandateWarningDays;
        arreteMaxSize = arreteMaxSize == null ? DataSize.ofMegabytes(10) : arreteMaxSize;
        poolRetentionDays = poolRetentionDays == null ? 30 : poolRetentionDays;
        responseDays = responseDays == null ? 15 : responseDays;
        undoMinutes = undoMinutes == null ? 15 : undoMinutes;
    }

    /** How long an end of mandate may be undone. */
    public java.time.Duration undoWindow() {
        return java.time.Duration.ofMinutes(undoMinutes);
    }
}
