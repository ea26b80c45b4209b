package fr.agora.voting.service;

import fr.agora.voting.BallotRules;
import fr.agora.voting.Refusal;
import fr.agora.voting.VotingException;
import java.util.Set;

/** The checks every kind shares: some choice (none only for rules with {@code minChoices} 0: a blank ballot), options of this vote only, within the number allowed. */
final class ChoiceChecks {

    private ChoiceChecks() {
    }

    static void common(BallotRules rules, Set<Long> choices) {
        if (choices == null || choices.isEmpty()) {
            if (choices != null && rules.minChoices() == 0) {
                return; // a blank ballot, only where the rules allow none (minChoices 0)
            }
            throw new VotingException(Refusal.NO_CHOICE);
        }
        for (Long id : choices) {
            if (id == null || rules.option(id).isEmpty()) {
                throw new VotingException(Refusal.NOT_AN_OPTION);
            }
        }
        if (choices.size() < rules.minChoices()) {
            throw new VotingException(Refusal.TOO_FEW, rules.minChoices());
        }
        if (choices.size() > rules.maxChoices()) {
            throw new VotingException(Refusal.TOO_MANY, rules.maxChoices());
        }
    }
}
