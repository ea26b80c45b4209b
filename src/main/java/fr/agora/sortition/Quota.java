package fr.agora.sortition;

/**
 * Bounds on how many panel members may have one value of one category.
 *
 * @param category category (feature) name, normalised to lower case
 * @param value    value name, normalised to lower case (matching is case-insensitive)
 * @param min      lower bound on the number of selected people with this value
 * @param max      upper bound
 * @param minFlex  lowest value {@code min} may be relaxed to when the quotas are infeasible
 * @param maxFlex  highest value {@code max} may be relaxed to when the quotas are infeasible
 */
public record Quota(String category, String value, int min, int max, int minFlex, int maxFlex) {

    /** Checks the bounds are consistent ({@code 0 <= minFlex <= min <= max <= maxFlex}). */
    public Quota {
        if (min < 0 || max < min || minFlex < 0 || minFlex > min || maxFlex < max) {
            throw new IllegalArgumentException("quota incohérent " + category + "=" + value + " [" + minFlex + ","
                    + min + "," + max + "," + maxFlex + "]");
        }
    }

    /** A quota without explicit flexibility: min may drop to 0, max may rise to {@code flexCeiling}. */
    public static Quota of(String category, String value, int min, int max, int flexCeiling) {
        return new Quota(category, value, min, max, 0, Math.max(max, flexCeiling));
    }

    /** Same quota with other bounds (used by the relaxation). */
    public Quota withBounds(int newMin, int newMax) {
        return new Quota(category, value, newMin, newMax, Math.min(minFlex, newMin), Math.max(maxFlex, newMax));
    }

    /** Short label such as {@code gender=female}. */
    public String label() {
        return category + "=" + value;
    }
}
