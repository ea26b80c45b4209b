package fr.agora.council.service;

import fr.agora.council.domain.SeatRounding;
import java.util.List;

/**
 * What staff enter to create or edit a council.
 *
 * @param territoryCodes codes of the QPV it covers (at least one)
 */
public record CouncilForm(String name, List<String> territoryCodes, int population, String populationSource,
        int populationYear, SeatRounding rounding, boolean membresDeDroitInParity, int mandateYears) {
}
