package fr.agora.shared.domain;

/** The kinds of territory the politique de la ville works with. */
public enum TerritoryKind {
    /** One of the five municipal secteurs, each with its mairie annexe. */
    SECTEUR,
    /** A quartier prioritaire de la politique de la ville. */
    QPV,
    /** A territoire de veille active (droit commun only). */
    VEILLE,
    /** The perimeter of a comité de quartier. */
    COMITE
}
