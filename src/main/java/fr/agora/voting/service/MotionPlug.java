package fr.agora.voting.service;

import fr.agora.voting.BallotRules;
import fr.agora.voting.TallyPlug;
import fr.agora.voting.VoteKind;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Motion: exactly one of pour, contre, abstention. */
@Component
class MotionPlug implements TallyPlug {

    @Override
    public VoteKind kind() {
        return VoteKind.MOTION;
    }

    @Override
    public void check(BallotRules rules, Set<Long> choices) {
        ChoiceChecks.common(rules, choices);
    }
}
