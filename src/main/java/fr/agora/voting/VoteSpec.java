package fr.agora.voting;

import java.util.Objects;

/**
 * A vote to open.
 *
 * @param owner         the feature that opens it, for the records ({@code council_election}, {@code budget},
 *                      {@code plenary_motion}); at most 40 characters
 * @param selfEnrolment whether an account that is not in the registry is enrolled when it casts (the feature has
 *                      checked its eligibility just before); otherwise only registered voters vote
 */
public record VoteSpec(String owner, BallotRules rules, Secrecy secrecy, Disclosure disclosure, boolean selfEnrolment) {

    public VoteSpec {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(secrecy, "secrecy");
        Objects.requireNonNull(disclosure, "disclosure");
        if (owner.isBlank() || owner.length() > 40) {
            throw new IllegalArgumentException("owner");
        }
    }

    /** A secret vote whose tally stays sealed until the close, among registered voters. */
    public static VoteSpec secret(String owner, BallotRules rules) {
        return new VoteSpec(owner, rules, Secrecy.SECRET, Disclosure.SEALED, false);
    }
}
