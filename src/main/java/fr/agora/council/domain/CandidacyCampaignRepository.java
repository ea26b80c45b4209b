package fr.agora.council.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Calls for candidacies, each with its council and the council's territories (the forms list them). */
public interface CandidacyCampaignRepository extends JpaRepository<CandidacyCampaign, Long> {

    @Query("select distinct c from CandidacyCampaign c join fetch c.council co left join fetch co.territories"
            + " where co.id = :council order by c.opensAt desc")
    List<CandidacyCampaign> findByCouncil(@Param("council") long councilId);

    @Query("select distinct c from CandidacyCampaign c join fetch c.council co left join fetch co.territories"
            + " order by c.opensAt desc")
    List<CandidacyCampaign> findAllWithCouncil();

    @Query("select c from CandidacyCampaign c join fetch c.council co left join fetch co.territories where c.id = :id")
    Optional<CandidacyCampaign> findWithCouncil(@Param("id") long id);
}
