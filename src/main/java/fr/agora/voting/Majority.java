package fr.agora.voting;

/** The majority a motion needs, applied to the closed count of a {@link VoteKind#MOTION}. */
public enum Majority {
    /** More pour than contre (abstentions do not count). */
    SIMPLE,
    /** More pour than half of all ballots, abstentions included. */
    ABSOLUTE,
    /** At least two thirds of the votes expressed (pour and contre) are pour. */
    TWO_THIRDS;

    /** Whether a motion with this count is adopted. */
    public boolean adopts(Tally tally) {
        long pour = tally.votes(MotionChoice.POUR.optionId());
        long contre = tally.votes(MotionChoice.CONTRE.optionId());
        long all = pour + contre + tally.votes(MotionChoice.ABSTENTION.optionId());
        return switch (this) {
            case SIMPLE -> pour > contre;
            case ABSOLUTE -> 2 * pour > all;
            case TWO_THIRDS -> pour > 0 && 3 * pour >= 2 * (pour + contre);
        };
    }
}
