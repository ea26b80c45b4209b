package fr.agora.walks.domain;

/** The kinds of partner the 2015 contract lists for the marches exploratoires (L1009-1015). */
public enum PartnerKind {
    POLICE,
    BAILLEUR,
    TRANSPORTEUR,
    COMMERCANT,
    CLSPD,
    DROITS_FEMMES,
    DELEGUE_PREFET,
    ASSOCIATION,
    SERVICE_VILLE,
    AUTRE
}
