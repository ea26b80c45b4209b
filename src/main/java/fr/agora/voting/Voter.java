package fr.agora.voting;

import java.util.Objects;

/** Who casts or is marked: an account, the holder of a one-time code, or a registry line (for staff at a desk). */
public sealed interface Voter {

    /** A signed-in account. */
    record Account(long accountId) implements Voter {
    }

    /** The holder of a one-time code, as typed (spaces, dashes and case do not matter). */
    record Code(String code) implements Voter {
        public Code {
            Objects.requireNonNull(code, "code");
        }
    }

    /** A line of the registry chosen by staff (a voter at the paper desk). */
    record Line(String voterId) implements Voter {
        public Line {
            Objects.requireNonNull(voterId, "voterId");
        }
    }

    static Voter account(long accountId) {
        return new Account(accountId);
    }

    static Voter code(String code) {
        return new Code(code);
    }

    static Voter line(String voterId) {
        return new Line(voterId);
    }
}
