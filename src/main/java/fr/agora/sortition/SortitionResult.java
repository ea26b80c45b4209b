package fr.agora.sortition;

import java.util.List;

/**
 * Outcome of a selection algorithm.
 *
 * @param algorithm       {@code leximin} or {@code legacy}
 * @param probabilities   selection probability of each agent (pool order): marginals of the final panel
 *                        distribution for LEXIMIN, empirical frequencies for LEGACY
 * @param leximinLevels   the probabilities fixed by the LEXIMIN outer loop ({@code null} for LEGACY)
 * @param panels          support of the distribution: feasible panels as sorted agent indexes
 * @param weights         probability of each support panel (sums to 1)
 * @param panelsGenerated distinct panels produced during the computation (LEGACY: distinct panels drawn)
 * @param seconds         wall-clock time
 */
public record SortitionResult(String algorithm, double[] probabilities, double[] leximinLevels, List<int[]> panels,
                              double[] weights, int panelsGenerated, double seconds) {

    /** Summary statistics of {@link #probabilities()}. */
    public Stats stats() {
        return Stats.of(probabilities);
    }
}
