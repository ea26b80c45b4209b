package fr.agora.council.service;

import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.OrganisationType;
import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.Sex;
import java.time.Instant;
import java.time.LocalDate;

/** A candidacy as staff see it. */
public record CandidacyData(long id, String reference, Candidacy.Status status, String lastName, String firstName,
        String email, String phone, String territoryName, String address, String postcode, LocalDate birthDate, Sex sex,
        EuStatus eu, String organisation, OrganisationType organisationType, String titulaireName,
        String titulaireEmail, String suppleantName, String suppleantEmail, boolean assisted, String enteredBy,
        String receivedBy, LocalDate receivedOn, Instant createdAt) {
}
