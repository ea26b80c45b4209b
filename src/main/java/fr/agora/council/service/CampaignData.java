package fr.agora.council.service;

import fr.agora.council.domain.CampaignKind;
import java.time.Instant;
import java.util.List;

/**
 * A call for candidacies as views show it; {@code territoryCodes}/{@code territoryNames} are the council's QPV.
 * {@code open} and {@code upcoming} are decided by the server's clock: a call is upcoming, then open, then closed.
 */
public record CampaignData(long id, long councilId, String councilSlug, String councilName, CampaignKind kind,
        String title, String description, String channels, Instant opensAt, Instant closesAt, int minimumAge,
        boolean open, boolean upcoming, List<String> territoryCodes, List<String> territoryNames) {

    /** Whether the call has closed. */
    public boolean closed() {
        return !open && !upcoming;
    }
}
