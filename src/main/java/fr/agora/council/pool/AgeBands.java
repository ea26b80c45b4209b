package fr.agora.council.pool;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Age bands for the draw's quotas, given by their lower bounds (the last band is open). The default, 16-24, 25-39,
 * 40-59 and 60+, puts the "jeunes" of DOMAIN.md in the first band; councils may set their own bounds.
 */
public record AgeBands(List<Integer> lowerBounds) {

    /** 16-24, 25-39, 40-59, 60 and over. */
    public static final AgeBands DEFAULT = new AgeBands(List.of(16, 25, 40, 60));

    public AgeBands {
        lowerBounds = List.copyOf(lowerBounds);
        if (lowerBounds.isEmpty()) {
            throw new IllegalArgumentException("at least one band");
        }
        for (int i = 1; i < lowerBounds.size(); i++) {
            if (lowerBounds.get(i) <= lowerBounds.get(i - 1)) {
                throw new IllegalArgumentException("bounds must increase");
            }
        }
    }

    /** Age in whole years on {@code on}. */
    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** The youngest age admitted (the first band's lower bound). */
    public int minimumAge() {
        return lowerBounds.get(0);
    }

    /** The band label of an age ("16-24", "60+"), or null below the first bound. */
    public String bandOf(int age) {
        String band = null;
        for (int i = 0; i < lowerBounds.size(); i++) {
            if (age >= lowerBounds.get(i)) {
                band = i + 1 < lowerBounds.size() ? lowerBounds.get(i) + "-" + (lowerBounds.get(i + 1) - 1)
                        : lowerBounds.get(i) + "+";
            }
        }
        return band;
    }

    /** Every band label, youngest first. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int bound : lowerBounds) {
            labels.add(bandOf(bound));
        }
        return labels;
    }
}
