package fr.agora.voting;

/** Why the core refused a request; each has the message key {@code voting.error.<name in kebab case>}. */
public enum Refusal {
    UNKNOWN_VOTE,
    CLOSED,
    STILL_OPEN,
    NOT_ELIGIBLE,
    ALREADY_VOTED,
    ALREADY_REGISTERED,
    NO_CHOICE,
    TOO_FEW,
    TOO_MANY,
    NOT_AN_OPTION,
    OVER_BUDGET,
    PAPER_OVER_MARKS,
    BATCH_EXISTS;

    public String messageKey() {
        return "voting.error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
