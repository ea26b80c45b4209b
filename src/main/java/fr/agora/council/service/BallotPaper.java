package fr.agora.council.service;

import java.util.List;

/**
 * What a valid, unused code opens: the candidate associations and how many may be chosen.
 *
 * @param seats the most associations a ballot may approve (limited vote)
 */
public record BallotPaper(long electionId, String councilName, String campaignTitle, int seats,
        List<CandidateData> candidates) {
}
