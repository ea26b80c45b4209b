package fr.agora.walks.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RevisitEvaluationRepository extends JpaRepository<RevisitEvaluation, Long> {

    @Query("select e from RevisitEvaluation e join fetch e.recommendation where e.revisit.id = :revisitId")
    List<RevisitEvaluation> findByRevisit(@Param("revisitId") long revisitId);

    Optional<RevisitEvaluation> findByRevisitIdAndRecommendationId(long revisitId, long recommendationId);

    /** Evaluations made by later walks of the recommendations of walk {@code walkId}. */
    @Query("select e from RevisitEvaluation e join fetch e.revisit where e.recommendation.walk.id = :walkId")
    List<RevisitEvaluation> findForEarlierWalk(@Param("walkId") long walkId);
}
