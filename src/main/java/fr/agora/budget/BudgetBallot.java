package fr.agora.budget;

import java.util.List;

/**
 * The budget module's API for the vote: what is on an edition's ballot. Only proposals the commission citoyenne
 * passed are ever on it; nothing here links a person to a choice.
 */
public interface BudgetBallot {

    /** The proposals placed on the ballot of an edition, in deposit order. */
    List<BallotItem> ballot(long editionId);
}
