package fr.agora.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BallotBoxRepository extends JpaRepository<BallotBox, Long> {

    List<BallotBox> findByEditionIdOrderByIdAsc(long editionId);

    java.util.Optional<BallotBox> findByCoreVoteId(long coreVoteId);
}
