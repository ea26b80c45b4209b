package fr.agora.sortition;

import java.util.Map;

/**
 * One pool member (a respondent to the invitation letter).
 *
 * @param id        stable identifier (the id column, or the 0-based row index for Panelot files)
 * @param features  category name to value, both normalised to lower case
 * @param household household key (people sharing it form one household), or {@code null} when the
 *                  household rule is off
 */
public record Person(String id, Map<String, String> features, String household) {

    public Person {
        features = Map.copyOf(features);
    }
}
