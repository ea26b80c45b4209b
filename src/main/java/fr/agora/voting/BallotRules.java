package fr.agora.voting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a ballot of one vote may contain.
 *
 * @param options     the options, by the feature's ids
 * @param minChoices  the fewest options a ballot names (1 for an approval ballot of the association election)
 * @param maxChoices  the most options a ballot names
 * @param budgetLimit the envelope of a {@link VoteKind#KNAPSACK} ballot, null otherwise
 */
public record BallotRules(VoteKind kind, List<BallotOption> options, int minChoices, int maxChoices, Long budgetLimit) {

    public BallotRules {
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no option");
        }
        if (options.stream().map(BallotOption::id).distinct().count() != options.size()) {
            throw new IllegalArgumentException("an option twice");
        }
        if (minChoices < 0 || maxChoices < Math.max(1, minChoices) || maxChoices > options.size()) {
            throw new IllegalArgumentException("choices between " + minChoices + " and " + maxChoices);
        }
        if (kind == VoteKind.KNAPSACK && (budgetLimit == null || budgetLimit <= 0
                || options.stream().anyMatch(o -> o.cost() == null))) {
            throw new IllegalArgumentException("a knapsack ballot needs a budget and every option's cost");
        }
        if (kind == VoteKind.MOTION && (minChoices != 1 || maxChoices != 1)) {
            throw new IllegalArgumentException("a motion takes exactly one choice");
        }
    }

    /** Approve one to {@code max} options. */
    public static BallotRules approval(List<BallotOption> options, int max) {
        return new BallotRules(VoteKind.APPROVAL, options, 1, max, null);
    }

    /** Approve options whose total cost fits the envelope. */
    public static BallotRules knapsack(List<BallotOption> options, long budgetLimit) {
        return new BallotRules(VoteKind.KNAPSACK, options, 1, options.size(), budgetLimit);
    }

    /** Pour, contre or abstention. */
    public static BallotRules motion() {
        return new BallotRules(VoteKind.MOTION, MotionChoice.options(), 1, 1, null);
    }

    public Optional<BallotOption> option(long id) {
        return options.stream().filter(o -> o.id() == id).findFirst();
    }
}
