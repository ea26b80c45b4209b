package fr.agora.council.service;

import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.Sex;
import java.time.LocalDate;

/**
 * A resident's candidacy for the Collège Habitants, from the public form or a paper form.
 *
 * @param residesInTerritory the candidate declares living in {@code territoryCode}
 * @param consent            the candidate accepts the processing notice (signed on paper for an assisted entry)
 */
public record ResidentApplication(String lastName, String firstName, String email, String phone, String territoryCode,
        String address, String postcode, LocalDate birthDate, Sex sex, EuStatus eu, boolean residesInTerritory,
        boolean consent) {
}
