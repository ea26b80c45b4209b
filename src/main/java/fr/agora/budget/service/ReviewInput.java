package fr.agora.budget.service;

import fr.agora.budget.domain.ReviewOutcome;

/**
 * A service's feasibility answer.
 *
 * @param reasons      required for a refusal or changes; published
 * @param scope        the adjusted scope, for {@link ReviewOutcome#FEASIBLE_WITH_CHANGES}
 * @param serviceEuros the service's cost estimate, which replaces the holder's (not for a refusal)
 */
public record ReviewInput(ReviewOutcome outcome, String reasons, String scope, Long serviceEuros) {
}
