package fr.agora.council.service;

import fr.agora.council.election.CodeHolder;

/** A line of the voter register for staff: who holds a code. Whether they voted is not shown (turnout is a count). */
public record VoterData(String voterId, String organisation, CodeHolder holder, String holderName) {
}
