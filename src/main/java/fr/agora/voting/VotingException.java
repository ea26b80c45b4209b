package fr.agora.voting;

import fr.agora.shared.domain.BusinessException;

/** A request the voting core refuses; nothing was written. */
public class VotingException extends BusinessException {

    private final Refusal refusal;

    public VotingException(Refusal refusal, Object... args) {
        super(refusal.messageKey(), args);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
