package fr.agora.council.service;

import fr.agora.council.domain.SeatRounding;
import java.util.List;

/**
 * What staff enter to create or edit a council.
 *
 * @param territoryCodes   codes of the QPV it covers (at least one)
 * @param overlapConfirmed staff confirmed creating a council on a QPV another (not archived) council covers, for
 *                         example the successor of a council about to be archived; without it, such a council is
 *                         refused
 */
public record CouncilForm(String name, List<String> territoryCodes, int population, String populationSource,
        int populationYear, SeatRounding rounding, boolean membresDeDroitInParity, int mandateYears,
        boolean overlapConfirmed) {

    /** A form without the overlap confirmation: a QPV already covered is refused. */
    public CouncilForm(String name, List<String> territoryCodes, int population, String populationSource,
            int populationYear, SeatRounding rounding, boolean membresDeDroitInParity, int mandateYears) {
        this(name, territoryCodes, population, populationSource, populationYear, rounding, membresDeDroitInParity,
                mandateYears, false);
    }
}
