package fr.agora.walks.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WalkRepository extends JpaRepository<Walk, Long> {

    /** Every walk with its territory, newest first (staff). */
    @Query("select w from Walk w join fetch w.territory order by w.date desc, w.id desc")
    List<Walk> findAllWithTerritory();

    /** Published walks with their territory, newest first. */
    @Query("select w from Walk w join fetch w.territory where w.publishedAt is not null order by w.date desc, w.id desc")
    List<Walk> findPublished();

    /** Published walks of the territories with this code (every version of the territory), newest first. */
    @Query("select w from Walk w join fetch w.territory t where w.publishedAt is not null and t.code = :code"
            + " order by w.date desc, w.id desc")
    List<Walk> findPublishedByTerritoryCode(@Param("code") String code);

    @Query("select w from Walk w join fetch w.territory left join fetch w.revisitOf where w.id = :id")
    Optional<Walk> findWithTerritory(@Param("id") long id);

    /** Walks on which this account may capture pins, newest first. */
    @Query("select w from Walk w join fetch w.territory where :userId member of w.participantIds order by w.date desc")
    List<Walk> findByParticipant(@Param("userId") long userId);

    /** Later walks that revisit this one. */
    @Query("select w from Walk w where w.revisitOf.id = :id order by w.date")
    List<Walk> findRevisitsOf(@Param("id") long id);

    boolean existsByTitle(String title);

    /** Walks this account created (staff), oldest first. */
    List<Walk> findByCreatedByOrderByCreatedAt(String createdBy);
}
