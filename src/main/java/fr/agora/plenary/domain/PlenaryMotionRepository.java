package fr.agora.plenary.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlenaryMotionRepository extends JpaRepository<Motion, Long> {

    List<Motion> findByPlenaryIdOrderByIdAsc(long plenaryId);

    Optional<Motion> findFirstByPlenaryIdAndStatus(long plenaryId, MotionStatus status);

    Optional<Motion> findFirstByPlenaryIdAndStatusOrderByClosedAtDesc(long plenaryId, MotionStatus status);

    Optional<Motion> findByVoteId(long voteId);

    @Query("select m.id from Motion m where m.status = fr.agora.plenary.domain.MotionStatus.OPEN "
            + "and m.closesAt is not null and m.closesAt <= :now")
    List<Long> findDue(@Param("now") Instant now);
}
