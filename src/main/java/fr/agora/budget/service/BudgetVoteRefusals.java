package fr.agora.budget.service;

import fr.agora.shared.domain.BusinessException;
import fr.agora.voting.VotingException;

/** The budget's wording of the voting core's refusals (the core's own message otherwise). */
final class BudgetVoteRefusals {

    private BudgetVoteRefusals() {
    }

    static BusinessException of(VotingException e) {
        return switch (e.refusal()) {
            case ALREADY_VOTED -> new BusinessException("budgetvote.refusal.already-voted");
            case OVER_BUDGET -> new BusinessException("budgetvote.refusal.over-envelope");
            case CLOSED -> new BusinessException("budgetvote.refusal.closed");
            case NOT_ELIGIBLE -> new BusinessException("budgetvote.refusal.not-eligible");
            case TOO_MANY -> new BusinessException("budgetvote.refusal.too-many", e.getArgs());
            case NOT_AN_OPTION -> new BusinessException("budgetvote.refusal.not-an-option");
            default -> e;
        };
    }
}
