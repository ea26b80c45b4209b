package fr.agora.council.service;

import fr.agora.council.domain.SeatRounding;
import java.time.LocalDate;
import java.util.List;

/**
 * A council with its computed seats.
 *
 * @param habitantSeats        seats of the Collège Habitants (each: a titulaire and a suppléant)
 * @param associationSeats     seats of the Associations collège, at parity with the Habitants; membres de droit
 *                             hold some of them when they count in the parity, else they sit beside them
 * @param membresDeDroitSeats  seats held by membres de droit
 * @param mandateEnd           the day the mandate ends, or null before it starts
 * @param official             whether an arrêté has been recorded
 * @param populationReference  the territories' reference population that {@code population} overrides, or null
 * @param archived             whether the council is archived (history only)
 */
public record CouncilData(long id, String slug, String name, List<String> territoryCodes, List<String> territoryNames,
        int population, String populationSource, int populationYear, SeatRounding rounding,
        boolean membresDeDroitInParity, int mandateYears, int habitantSeats, int associationSeats,
        int membresDeDroitSeats, LocalDate mandateStart, LocalDate mandateEnd, boolean official, LocalDate arreteDate,
        String arreteReference, Integer populationReference, boolean archived) {
}
