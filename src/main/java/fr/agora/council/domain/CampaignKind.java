package fr.agora.council.domain;

/** Who a call for candidacies is addressed to (DOMAIN.md §1.5). */
public enum CampaignKind {
    /** Residents volunteering for the Collège Habitants: they join the draw's pool as a source. */
    HABITANT,
    /** Associations and local actors applying for the Collège Associations et acteurs locaux. */
    ASSOCIATION
}
