package fr.agora.council.service;

import java.util.List;

/**
 * An election just opened, with the one-time codes in clear: shown once, to print for the information meeting.
 * Only their SHA-256 is stored.
 */
public record ElectionOpening(ElectionData election, List<VoterCode> codes) {
}
