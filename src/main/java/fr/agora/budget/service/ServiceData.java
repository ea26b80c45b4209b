package fr.agora.budget.service;

import fr.agora.budget.domain.CityService;
import java.util.Set;

/** A city service that analyses feasibility, and its reviewers. */
public record ServiceData(long id, String code, String name, Set<String> reviewers) {

    static ServiceData of(CityService s) {
        return new ServiceData(s.getId(), s.getCode(), s.getName(), Set.copyOf(s.getReviewers()));
    }
}
