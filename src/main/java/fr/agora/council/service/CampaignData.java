package fr.agora.council.service;

import fr.agora.council.domain.CampaignKind;
import java.time.Instant;
import java.util.List;

/** A call for candidacies as views show it; {@code territoryCodes}/{@code territoryNames} are the council's QPV. */
public record CampaignData(long id, long councilId, String councilSlug, String councilName, CampaignKind kind,
        String title, String description, String channels, Instant opensAt, Instant closesAt, int minimumAge,
        boolean open, List<String> territoryCodes, List<String> territoryNames) {
}
