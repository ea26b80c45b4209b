package fr.agora.council.service;

import fr.agora.council.domain.OrganisationType;

/** A candidate association on the ballot paper and in the results. */
public record CandidateData(long candidacyId, String organisation, OrganisationType type, String territoryName,
        String titulaireName, String suppleantName) {
}
