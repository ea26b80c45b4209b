package fr.agora.meetings.service;

/** A decision with its votes (counts only). */
public record DecisionData(long id, String title, int votesFor, int votesAgainst, int abstentions, int votingPresent,
        int quorumRequired, boolean adopted) {
}
