package fr.agora.plenary.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlenaryDesignationRepository extends JpaRepository<Designation, Long> {

    List<Designation> findByPlenaryIdOrderByIdDesc(long plenaryId);

    List<Designation> findByPlenaryIdAndCouncilIdAndCollegeAndStatus(long plenaryId, long councilId,
            Representation college, String status);
}
