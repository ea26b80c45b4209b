package fr.agora.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Candidacies. */
public interface CandidacyRepository extends JpaRepository<Candidacy, Long> {

    @Query("select c from Candidacy c left join fetch c.territory where c.campaign.id = :campaign order by c.createdAt, c.id")
    List<Candidacy> findByCampaign(@Param("campaign") long campaignId);

    boolean existsByCampaignIdAndDuplicateKey(long campaignId, String duplicateKey);

    boolean existsByReference(String reference);

    long countByCampaignIdAndStatus(long campaignId, Candidacy.Status status);
}
