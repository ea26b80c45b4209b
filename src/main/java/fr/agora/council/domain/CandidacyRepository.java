package fr.agora.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Candidacies. */
public interface CandidacyRepository extends JpaRepository<Candidacy, Long> {

    @Query("select c from Candidacy c left join fetch c.territory where c.campaign.id = :campaign order by c.createdAt, c.id")
    List<Candidacy> findByCampaign(@Param("campaign") long campaignId);

    /** The candidacies of a call still standing (received, neither withdrawn nor erased), oldest first. */
    @Query("select c from Candidacy c left join fetch c.territory where c.campaign.id = :campaign"
            + " and c.status = fr.agora.council.domain.Candidacy.Status.RECEIVED and c.erasedAt is null"
            + " order by c.createdAt, c.id")
    List<Candidacy> findStanding(@Param("campaign") long campaignId);

    /** Residents' candidacies not yet erased whose call closed before {@code cutoff}. */
    @Query("select c from Candidacy c where c.erasedAt is null and c.campaign.kind = fr.agora.council.domain.CampaignKind.HABITANT"
            + " and c.campaign.closesAt < :cutoff")
    List<Candidacy> findErasable(@Param("cutoff") java.time.Instant cutoff);

    boolean existsByCampaignIdAndDuplicateKey(long campaignId, String duplicateKey);

    boolean existsByReference(String reference);

    boolean existsByCampaignIdAndEmail(long campaignId, String email);

    long countByCampaignIdAndStatus(long campaignId, Candidacy.Status status);
}
