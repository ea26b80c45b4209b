package fr.agora.council.service;

import fr.agora.council.domain.ElectionVoter;

/**
 * A one-time voting code in clear, for the person who hands it out.
 *
 * @param holderName the association's contact, titulaire or suppléant, by {@code holder}
 * @param mailedTo   the address it was mailed to, or null when it must be handed out
 */
public record VoterCode(long voterId, String organisation, ElectionVoter.Holder holder, String holderName, String code,
        String mailedTo) {
}
