package fr.agora.council.service;

import fr.agora.council.domain.OrganisationType;

/**
 * An association's or local actor's application to the Collège Associations et acteurs locaux: the organisation,
 * the contact person, and the titulaire and suppléant it proposes.
 */
public record AssociationApplication(String organisation, OrganisationType type, String territoryCode,
        String contactLastName, String contactFirstName, String email, String phone, String titulaireName,
        String titulaireEmail, String suppleantName, String suppleantEmail, boolean consent) {
}
