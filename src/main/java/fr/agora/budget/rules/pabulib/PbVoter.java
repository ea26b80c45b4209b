package fr.agora.budget.rules.pabulib;

/**
 * One row of the VOTES section.
 *
 * @param id     voter id
 * @param group  index of the voter's ballot in {@link PbElection#groups()}
 * @param extra  the other columns (not {@code voter_id}, {@code vote}, {@code points}) in the order of
 *               {@link PbElection#voterColumns()}; null entries for columns missing from a short row
 */
public record PbVoter(String id, int group, String[] extra) {
}
