package fr.agora.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultLineRepository extends JpaRepository<ResultLine, Long> {

    List<ResultLine> findByBoxIdOrderByPositionAsc(long boxId);

    List<ResultLine> findByProposalIdAndWonTrue(long proposalId);

    void deleteByBoxId(long boxId);
}
