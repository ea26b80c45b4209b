package fr.agora.council.service;

import fr.agora.council.election.CodeHolder;

/**
 * A one-time voting code in clear, for the person who hands it out.
 *
 * @param voterId    the line of the voting core's registry
 * @param holderName the association's contact, titulaire or suppléant, by {@code holder}
 * @param mailedTo   the address it was mailed to, or null when it must be handed out
 */
public record VoterCode(String voterId, String organisation, CodeHolder holder, String holderName, String code,
        String mailedTo) {
}
