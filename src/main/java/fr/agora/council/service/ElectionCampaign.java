package fr.agora.council.service;

import java.time.Instant;

/**
 * A call of the Associations collège as the election view lists it.
 *
 * @param standing  candidacies received and not withdrawn
 * @param freeSeats the council's associations seats not yet filled
 * @param election  its election or direct designation, or null
 */
public record ElectionCampaign(long campaignId, String title, long councilId, String councilName, Instant closesAt,
        boolean closed, int standing, int freeSeats, ElectionData election) {

    /** An election may be opened: the call is closed and its candidates outnumber the free seats. */
    public boolean electionNeeded() {
        return closed && election == null && freeSeats > 0 && standing > freeSeats;
    }

    /** The candidates may be appointed directly: the call is closed and they fit in the free seats. */
    public boolean directPossible() {
        return closed && election == null && standing > 0 && standing <= freeSeats;
    }
}
