package fr.agora.walks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ObservationRepository extends JpaRepository<Observation, Long> {

    /** A walk's pins with their criterion, in capture order. */
    @Query("select o from Observation o join fetch o.criterion where o.walk.id = :walkId order by o.observedAt, o.id")
    List<Observation> findByWalk(@Param("walkId") long walkId);

    /** A walk's pins in the given statuses. */
    @Query("select o from Observation o join fetch o.criterion where o.walk.id = :walkId and o.status in :statuses"
            + " order by o.observedAt, o.id")
    List<Observation> findByWalkAndStatus(@Param("walkId") long walkId, @Param("statuses") Collection<ModerationStatus> statuses);

    /** The pins one account captured on a walk. */
    @Query("select o from Observation o join fetch o.criterion where o.walk.id = :walkId and o.authorId = :authorId"
            + " order by o.observedAt desc, o.id desc")
    List<Observation> findByWalkAndAuthor(@Param("walkId") long walkId, @Param("authorId") long authorId);

    /** Every pin one account captured, with its walk and criterion, oldest first (personal-data export, erasure). */
    @Query("select o from Observation o join fetch o.criterion join fetch o.walk where o.authorId = :authorId"
            + " order by o.observedAt, o.id")
    List<Observation> findByAuthor(@Param("authorId") long authorId);

    Optional<Observation> findByWalkIdAndClientRef(long walkId, String clientRef);

    /** Pins awaiting moderation, oldest first, with their walk. */
    @Query("select o from Observation o join fetch o.criterion join fetch o.walk w join fetch w.territory"
            + " where o.status = fr.agora.walks.domain.ModerationStatus.PENDING order by o.createdAt, o.id")
    List<Observation> findPending();

    @Query("select o from Observation o join fetch o.criterion join fetch o.walk w join fetch w.territory where o.id = :id")
    Optional<Observation> findWithWalk(@Param("id") long id);

    long countByCriterionId(long criterionId);
}
