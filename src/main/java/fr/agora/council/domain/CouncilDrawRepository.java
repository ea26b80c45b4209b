package fr.agora.council.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Draws. */
public interface CouncilDrawRepository extends JpaRepository<CouncilDraw, Long> {

    List<CouncilDraw> findByCouncilIdOrderByCreatedAtDesc(long councilId);

    /** Whether a council has a draw not yet drawn (open, frozen or computed). */
    boolean existsByCouncilIdAndStatusNot(long councilId, DrawStatus status);

    /** Draws done before {@code before}, whose pools' personal data must be erased. */
    List<CouncilDraw> findByStatusAndDrawnAtBefore(DrawStatus status, java.time.Instant before);

    /** The draw, locked for the step being taken, so that two operators cannot take it twice. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from CouncilDraw d join fetch d.council where d.id = :id")
    Optional<CouncilDraw> findForUpdate(@Param("id") long id);
}
