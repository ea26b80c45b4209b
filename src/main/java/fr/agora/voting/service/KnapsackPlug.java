package fr.agora.voting.service;

import fr.agora.voting.BallotRules;
import fr.agora.voting.Refusal;
import fr.agora.voting.TallyPlug;
import fr.agora.voting.VoteKind;
import fr.agora.voting.VotingException;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Knapsack: options whose total cost fits the envelope, one vote each. */
@Component
class KnapsackPlug implements TallyPlug {

    @Override
    public VoteKind kind() {
        return VoteKind.KNAPSACK;
    }

    @Override
    public void check(BallotRules rules, Set<Long> choices) {
        ChoiceChecks.common(rules, choices);
        long total = choices.stream().mapToLong(id -> rules.option(id).orElseThrow().cost()).sum();
        if (total > rules.budgetLimit()) {
            throw new VotingException(Refusal.OVER_BUDGET, total, rules.budgetLimit());
        }
    }
}
