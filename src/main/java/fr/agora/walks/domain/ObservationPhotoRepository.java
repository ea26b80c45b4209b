package fr.agora.walks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ObservationPhotoRepository extends JpaRepository<ObservationPhoto, Long> {

    /** The photos of these observations, oldest first. */
    @Query("select p from ObservationPhoto p where p.observation.id in :ids order by p.uploadedAt, p.id")
    List<ObservationPhoto> findByObservations(@Param("ids") Collection<Long> ids);

    /** Photos awaiting moderation whose observation is already moderated (the pending pins carry their own). */
    @Query("select p from ObservationPhoto p join fetch p.observation o join fetch o.walk"
            + " where p.status = fr.agora.walks.domain.PhotoStatus.PENDING order by p.uploadedAt, p.id")
    List<ObservationPhoto> findPending();

    @Query("select p from ObservationPhoto p join fetch p.observation o join fetch o.walk where p.id = :id")
    Optional<ObservationPhoto> findWithObservation(@Param("id") long id);

    long countByObservationId(long observationId);
}
