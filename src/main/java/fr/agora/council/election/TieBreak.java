package fr.agora.council.election;

/** How candidates with the same number of votes are ordered. */
public enum TieBreak {
    /**
     * By lot, reproducibly: the seed is derived from the election id and the SHA-256 digest of the sorted ballots
     * ({@link AssociationTally#seed}); among tied candidates, the smaller {@code SHA-256(seed + ":" + candidateId)}
     * (hexadecimal) ranks first.
     */
    LOT,
    /** The candidacy received first ranks first (day of receipt, then instant of entry, then id). */
    EARLIEST_CANDIDACY
}
