package fr.agora.council.service;

import fr.agora.council.election.ElectorateRule;
import fr.agora.council.election.TieBreak;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The association election (DOMAIN.md §1.6, §7 C.11): the rules the sources leave open, as settings (see the last
 * section of {@code docs/council-settings.md}).
 *
 * @param tieBreak   the tie-break offered by default when staff open an election (LOT); staff may pick the other
 *                   rule per election, before any vote
 * @param electorate who receives a one-time code (ONE_PER_ASSOCIATION: one vote per candidate association)
 */
@ConfigurationProperties(prefix = "agora.council.association-election")
public record AssociationElectionSettings(TieBreak tieBreak, ElectorateRule electorate) {

    public AssociationElectionSettings {
        tieBreak = tieBreak == null ? TieBreak.LOT : tieBreak;
        electorate = electorate == null ? ElectorateRule.ONE_PER_ASSOCIATION : electorate;
    }
}
