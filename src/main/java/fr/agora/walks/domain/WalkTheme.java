package fr.agora.walks.domain;

/** The theme of a walk: insécurité and the place of women by default (2015 contract), then the CNV 2025 list. */
public enum WalkTheme {
    INSECURITE_FEMMES,
    MOBILITE,
    PARTAGE_ESPACE,
    ACCES_COMMERCES,
    AUTRE
}
