package fr.agora.plenary.service;

import fr.agora.plenary.domain.Basis;
import fr.agora.plenary.domain.Representation;

/**
 * A representative on the invitation list or the comité opérationnel de suivi.
 *
 * @param attendee who checked in for the seat (the representative or their suppléant), or null
 */
public record RepresentativeData(long id, long councilId, String councilName, Representation college, long memberId,
        String name, String suppleantName, Basis basis, long basisRef, String attendee, boolean standingIn) {

    public boolean checkedIn() {
        return attendee != null;
    }
}
