package fr.agora.council.service;

import java.util.List;

/**
 * The public result of a closed election, with what is needed to re-run its tally
 * ({@link fr.agora.council.election.AssociationTally}).
 *
 * @param ballots       ballots cast (null for a direct designation)
 * @param ballotsDigest SHA-256 of the sorted ballots
 * @param seed          the seed of the lot
 */
public record ElectionResults(ElectionData election, Integer ballots, String ballotsDigest, String seed,
        List<Line> lines) {

    /** One association's place. {@code votes} is null for a direct designation. */
    public record Line(int rank, CandidateData candidate, Integer votes, boolean elected, boolean tieBroken) {
    }

    public List<Line> elected() {
        return lines.stream().filter(Line::elected).toList();
    }

    public List<Line> alternates() {
        return lines.stream().filter(l -> !l.elected()).toList();
    }
}
