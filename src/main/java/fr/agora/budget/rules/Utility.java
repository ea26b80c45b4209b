package fr.agora.budget.rules;

/** How much a voter gains from a funded project, for the Method of Equal Shares. */
public enum Utility {
    /** Cost utilities (pabutools Cost_Sat, equalshares.net): supporters pay equal shares; projects
     *  compete on effective vote count. A ballot counts as the set of projects it names. */
    COST,
    /** Approval / cardinality utilities (Cardinality_Sat): projects compete on the per-voter payment. */
    CARDINALITY,
    /** Points given (Additive_Cardinal_Sat), for cumulative and scoring ballots. */
    SCORE,
    /** Borda score of the ranking: length - position - 1 (Additive_Borda_Sat). */
    BORDA
}
