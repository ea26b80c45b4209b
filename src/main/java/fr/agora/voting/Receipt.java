package fr.agora.voting;

/**
 * The receipt of a ballot cast online: a random code given to the voter. Its hash is published with the results,
 * apart from the ballots: the voter can check that their ballot was counted, but the receipt does not say (and
 * cannot prove) what was chosen.
 */
public record Receipt(long voteId, String code) {

    /** The receipt as printed: three groups of four. */
    public String display() {
        return VoterCodes.display(code);
    }
}
