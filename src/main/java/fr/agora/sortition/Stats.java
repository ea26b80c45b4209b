package fr.agora.sortition;

import java.util.Arrays;

/**
 * Fairness figures of a probability vector, as in Flanigan et al. 2021.
 *
 * @param min     lowest selection probability
 * @param max     highest
 * @param gini    Gini coefficient {@code sum_ij |p_i - p_j| / (2 n sum_i p_i)}
 * @param geomean geometric mean (0 as soon as one probability is 0)
 */
public record Stats(double min, double max, double gini, double geomean) {

    /** Computes the figures in O(n log n). */
    public static Stats of(double[] p) {
        double[] s = p.clone();
        Arrays.sort(s);
        int n = s.length;
        double sum = 0;
        double weighted = 0;
        double logSum = 0;
        boolean zero = false;
        for (int i = 0; i < n; i++) {
            sum += s[i];
            weighted += (2.0 * (i + 1) - n - 1) * s[i];
            if (s[i] <= 0) {
                zero = true;
            } else {
                logSum += Math.log(s[i]);
            }
        }
        double gini = sum <= 0 ? 0 : weighted / (n * sum);
        return new Stats(s[0], s[n - 1], Math.max(0, gini), zero ? 0 : Math.exp(logSum / n));
    }
}
