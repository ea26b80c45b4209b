package fr.agora.walks.domain;

/** What an observation says about a place: an asset (atout) or a weakness (faiblesse). */
public enum Assessment {
    ASSET,
    WEAKNESS
}
