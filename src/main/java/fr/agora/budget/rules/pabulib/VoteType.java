package fr.agora.budget.rules.pabulib;

/** The META {@code vote_type} values understood by the parser. */
public enum VoteType {
    /** Approval: the ballot is a set of projects. */
    APPROVAL("approval"),
    /** Approval with a single choice. */
    CHOOSE_1("choose-1"),
    /** Points distributed among projects ({@code points} column). */
    CUMULATIVE("cumulative"),
    /** Independent scores ({@code points} column). */
    SCORING("scoring"),
    /** A ranking: the order of {@code vote} matters. */
    ORDINAL("ordinal");

    private final String label;

    VoteType(String label) {
        this.label = label;
    }

    /** The Pabulib spelling. */
    public String label() {
        return label;
    }

    /** True when ballots carry points. */
    public boolean hasPoints() {
        return this == CUMULATIVE || this == SCORING;
    }

    /** Parses a Pabulib spelling, or returns null. */
    public static VoteType of(String s) {
        for (VoteType t : values()) {
            if (t.label.equalsIgnoreCase(s.trim())) {
                return t;
            }
        }
        return null;
    }
}
