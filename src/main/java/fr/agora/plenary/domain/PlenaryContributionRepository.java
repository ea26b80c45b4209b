package fr.agora.plenary.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlenaryContributionRepository extends JpaRepository<PlenaryContribution, Long> {

    List<PlenaryContribution> findByPlenaryIdOrderByCouncilNameAsc(long plenaryId);

    Optional<PlenaryContribution> findByPlenaryIdAndCouncilId(long plenaryId, long councilId);
}
