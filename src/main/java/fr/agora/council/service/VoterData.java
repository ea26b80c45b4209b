package fr.agora.council.service;

import fr.agora.council.domain.ElectionVoter;

/** A line of the voter register for staff: who holds a code. Whether they voted is not shown (turnout is a count). */
public record VoterData(long voterId, String organisation, ElectionVoter.Holder holder, String holderName) {
}
