package fr.agora.walks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;

/**
 * How many people walked, by age band (INSEE's bands). No names: the composition is what the public may see.
 * The 2015 contract recommends « une dizaine au plus » and several generations, hence {@link #warnings()}.
 *
 * @param under15 under 15 years
 * @param from15To24 15 to 24 years
 * @param from25To44 25 to 44 years
 * @param from45To64 45 to 64 years
 * @param over65 65 years and over
 */
@Embeddable
public record GroupComposition(
        @Column(name = "count_under15", nullable = false) int under15,
        @Column(name = "count_15_24", nullable = false) int from15To24,
        @Column(name = "count_25_44", nullable = false) int from25To44,
        @Column(name = "count_45_64", nullable = false) int from45To64,
        @Column(name = "count_65_plus", nullable = false) int over65) {

    /** The recommended maximum group size (« une dizaine au plus »). */
    public static final int RECOMMENDED_MAX = 10;
    /** A sanity limit on any count, far above any real walk. */
    public static final int MAX_COUNT = 500;

    /** A warning about the group, shown to staff; it never blocks saving. */
    public enum Warning {
        /** More than ten people. */
        TOO_LARGE,
        /** Everybody in the same age band: one generation only. */
        SINGLE_GENERATION
    }

    public GroupComposition {
        for (int c : new int[] {under15, from15To24, from25To44, from45To64, over65}) {
            if (c < 0 || c > MAX_COUNT) {
                throw new IllegalArgumentException("Effectif invalide : " + c);
            }
        }
    }

    public static GroupComposition empty() {
        return new GroupComposition(0, 0, 0, 0, 0);
    }

    /** The counts in band order. */
    public int[] counts() {
        return new int[] {under15, from15To24, from25To44, from45To64, over65};
    }

    public int total() {
        return under15 + from15To24 + from25To44 + from45To64 + over65;
    }

    /** How many age bands have at least one person. */
    public int generations() {
        int n = 0;
        for (int c : counts()) {
            if (c > 0) {
                n++;
            }
        }
        return n;
    }

    public List<Warning> warnings() {
        List<Warning> warnings = new ArrayList<>();
        if (total() > RECOMMENDED_MAX) {
            warnings.add(Warning.TOO_LARGE);
        }
        if (total() > 1 && generations() == 1) {
            warnings.add(Warning.SINGLE_GENERATION);
        }
        return warnings;
    }
}
