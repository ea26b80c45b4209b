package fr.agora.plenary.service;

import java.util.List;

/** The invitation list: every conseil's count per collège, and the representatives invited. */
public record Invitations(boolean finalised, List<CouncilStatus> councils, List<RepresentativeData> representatives) {

    public List<CouncilStatus> incomplete() {
        return councils.stream().filter(c -> !c.complete()).toList();
    }

    public List<RepresentativeData> invited() {
        return representatives.stream().filter(r -> r.college().invited()).toList();
    }
}
