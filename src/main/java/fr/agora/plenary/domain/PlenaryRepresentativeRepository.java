package fr.agora.plenary.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlenaryRepresentativeRepository extends JpaRepository<Representative, Long> {

    List<Representative> findByPlenaryIdOrderByCouncilIdAscCollegeAscFullNameAsc(long plenaryId);

    List<Representative> findByPlenaryIdAndCouncilIdAndCollege(long plenaryId, long councilId, Representation college);
}
