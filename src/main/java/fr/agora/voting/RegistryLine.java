package fr.agora.voting;

/**
 * A line of the voter registry as staff see it: who may vote. Whether this voter has voted is deliberately absent
 * (turnout is a count); staff learn it only when they try to mark the voter at the paper desk.
 *
 * @param accountId the account, when eligibility is by account
 * @param subject   the feature's reference for the voter (a candidacy and its holder, a representative)
 */
public record RegistryLine(String voterId, Long accountId, String subject) {
}
