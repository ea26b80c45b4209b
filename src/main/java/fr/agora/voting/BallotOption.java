package fr.agora.voting;

/**
 * An option of a ballot: the feature's own id (a candidacy, a project, a {@link MotionChoice}) and, for a knapsack
 * ballot, its cost.
 *
 * @param cost the cost in the budget's unit (euros), or null when the kind has no budget
 */
public record BallotOption(long id, Long cost) {

    public BallotOption {
        if (cost != null && cost < 0) {
            throw new IllegalArgumentException("negative cost");
        }
    }
}
