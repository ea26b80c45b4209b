package fr.agora.council.domain;

/** The kinds of organisation the 2015 contract names for the Collège Associations et acteurs locaux (§1.5). */
public enum OrganisationType {
    LOCATAIRES,
    PARENTS_ELEVES,
    COLLECTIF,
    TABLE_QUARTIER,
    AUTRE_ASSOCIATION,
    ACTEUR_LOCAL
}
