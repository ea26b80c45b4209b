package fr.agora.voting;

/**
 * The kinds of vote the core accepts; each has a {@link TallyPlug} that checks its ballots.
 */
public enum VoteKind {
    /** Approve between {@code minChoices} and {@code maxChoices} options (association election, budget approval). */
    APPROVAL,
    /** Approve options whose total cost fits {@code budgetLimit} (budget knapsack ballot). */
    KNAPSACK,
    /** Exactly one of pour, contre, abstention ({@link MotionChoice}). */
    MOTION
}
