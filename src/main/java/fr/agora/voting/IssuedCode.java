package fr.agora.voting;

/**
 * A one-time code just issued, in clear: shown or mailed once, never stored (only its hash is).
 *
 * @param voterId the registry line it belongs to
 * @param subject the feature's reference for the holder, as given at registration
 */
public record IssuedCode(long voteId, String voterId, String subject, String code) {

    /** The code as printed: three groups of four. */
    public String display() {
        return VoterCodes.display(code);
    }
}
