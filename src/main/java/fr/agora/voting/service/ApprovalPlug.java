package fr.agora.voting.service;

import fr.agora.voting.BallotRules;
import fr.agora.voting.TallyPlug;
import fr.agora.voting.VoteKind;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Approval: between the minimum and the maximum number of distinct options, one vote each. */
@Component
class ApprovalPlug implements TallyPlug {

    @Override
    public VoteKind kind() {
        return VoteKind.APPROVAL;
    }

    @Override
    public void check(BallotRules rules, Set<Long> choices) {
        ChoiceChecks.common(rules, choices);
    }
}
