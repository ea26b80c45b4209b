package fr.agora.voting;

import java.util.Arrays;
import java.util.List;

/** The options of a {@link VoteKind#MOTION}, with the option ids a motion ballot carries. */
public enum MotionChoice {
    POUR(1),
    CONTRE(2),
    ABSTENTION(3);

    private final long optionId;

    MotionChoice(long optionId) {
        this.optionId = optionId;
    }

    public long optionId() {
        return optionId;
    }

    /** The three options of a motion, to open it with. */
    public static List<BallotOption> options() {
        return Arrays.stream(values()).map(c -> new BallotOption(c.optionId, null)).toList();
    }
}
