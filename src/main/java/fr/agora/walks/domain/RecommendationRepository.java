package fr.agora.walks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    /** A walk's recommendations in creation order. */
    @Query("select r from Recommendation r where r.walk.id = :walkId order by r.createdAt, r.id")
    List<Recommendation> findByWalk(@Param("walkId") long walkId);

    /** The recommendations addressed to an organisation (by its comparison key), in the given statuses. */
    @Query("select r from Recommendation r join fetch r.walk w join fetch w.territory where r.addresseeKey = :key"
            + " and r.status in :statuses order by r.dueDate, r.id")
    List<Recommendation> findByAddressee(@Param("key") String key, @Param("statuses") Collection<RecommendationStatus> statuses);

    @Query("select r from Recommendation r join fetch r.walk w join fetch w.territory where r.id = :id")
    Optional<Recommendation> findWithWalk(@Param("id") long id);

    @Query("select count(r) from Recommendation r where r.walk.id = :walkId and r.status <> fr.agora.walks.domain.RecommendationStatus.PROPOSEE")
    long countSent(@Param("walkId") long walkId);

    long countByWalkId(long walkId);

    /** Recommendations in these (open) statuses whose due date is before {@code today}. */
    @Query("select count(r) from Recommendation r where r.status in :statuses and r.dueDate < :today")
    long countOverdue(@Param("statuses") Collection<RecommendationStatus> statuses,
            @Param("today") java.time.LocalDate today);

    /** True when the organisation has at least one sent recommendation on the walk. */
    @Query("select count(r) > 0 from Recommendation r where r.walk.id = :walkId and r.addresseeKey = :key"
            + " and r.status <> fr.agora.walks.domain.RecommendationStatus.PROPOSEE")
    boolean isAddresseeOnWalk(@Param("walkId") long walkId, @Param("key") String key);
}
