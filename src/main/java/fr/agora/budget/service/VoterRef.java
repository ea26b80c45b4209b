package fr.agora.budget.service;

import fr.agora.shared.domain.Territory;

/** A voter of the budget vote: their account and the quartier they declared (null when none). */
record VoterRef(long id, String email, String displayName, Territory quartier) {
}
