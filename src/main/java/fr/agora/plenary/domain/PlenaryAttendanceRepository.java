package fr.agora.plenary.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlenaryAttendanceRepository extends JpaRepository<PlenaryAttendance, Long> {

    List<PlenaryAttendance> findByPlenaryId(long plenaryId);

    long countByPlenaryId(long plenaryId);

    Optional<PlenaryAttendance> findByPlenaryIdAndRepresentativeId(long plenaryId, long representativeId);

    Optional<PlenaryAttendance> findFirstByPlenaryIdAndAttendeeEmail(long plenaryId, String email);
}
