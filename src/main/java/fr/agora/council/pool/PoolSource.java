package fr.agora.council.pool;

/** Where a pool file comes from; every merged person keeps all the tags of the files they were found in. */
public enum PoolSource {
    /** Répertoire d'immeubles localisés (INSEE). */
    RIL,
    /** Energy supplier's customer list. */
    EDF,
    /** Social landlords' tenant lists. */
    HLM,
    /** Electoral lists. */
    ELECTORAL_LIST,
    /** Residents who volunteered through a candidacy campaign. */
    VOLUNTEER
}
