package fr.agora.council.service;

import fr.agora.council.domain.AssociationElection;
import fr.agora.council.election.ElectorateRule;
import fr.agora.council.election.TieBreak;
import java.time.Instant;

/**
 * An association election (or direct designation) as the views show it.
 *
 * @param candidates the candidate associations
 * @param appointed  whether the elected associations have been appointed to the council
 * @param voteId     its vote in the voting core (null for a direct designation)
 */
public record ElectionData(long id, long campaignId, String campaignTitle, long councilId, String councilSlug,
        String councilName, AssociationElection.Method method, AssociationElection.Status status, int seats,
        TieBreak tieBreak, ElectorateRule electorate, int candidates, Instant openedAt, Instant closedAt,
        boolean appointed, Long voteId) {

    public boolean open() {
        return status == AssociationElection.Status.OPEN;
    }
}
