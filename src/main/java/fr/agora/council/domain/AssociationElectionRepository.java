package fr.agora.council.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Association elections and direct designations. */
public interface AssociationElectionRepository extends JpaRepository<AssociationElection, Long> {

    @Query("select e from AssociationElection e join fetch e.campaign c join fetch c.council where e.id = :id")
    Optional<AssociationElection> findWithCampaign(@Param("id") long id);

    @Query("select e from AssociationElection e join fetch e.campaign c join fetch c.council where c.id = :campaign")
    Optional<AssociationElection> findByCampaign(@Param("campaign") long campaignId);

    @Query("select e from AssociationElection e join fetch e.campaign c join fetch c.council where e.voteId = :vote")
    Optional<AssociationElection> findByVote(@Param("vote") long voteId);

    @Query("select e from AssociationElection e join fetch e.campaign c join fetch c.council order by e.openedAt desc, e.id desc")
    List<AssociationElection> findAllWithCampaign();
}
