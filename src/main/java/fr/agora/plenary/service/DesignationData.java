package fr.agora.plenary.service;

import fr.agora.plenary.domain.Representation;
import java.util.List;

/**
 * A designation vote of a conseil's members.
 *
 * @param candidates the candidates (member id and name)
 * @param eligible   whether the signed-in person is on the vote's registry
 */
public record DesignationData(long id, long councilId, String councilName, Representation college, int seats,
        boolean open, List<Candidate> candidates, String resultNote, boolean eligible, boolean voted) {

    public record Candidate(long memberId, String name) {
    }
}
