package fr.agora.council.service;

import fr.agora.council.domain.CampaignKind;
import java.time.Instant;

/** What staff enter to create or edit a call for candidacies. */
public record CampaignForm(long councilId, CampaignKind kind, String title, String description, String channels,
        Instant opensAt, Instant closesAt, int minimumAge) {
}
