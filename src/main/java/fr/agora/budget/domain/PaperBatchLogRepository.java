package fr.agora.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaperBatchLogRepository extends JpaRepository<PaperBatchLog, Long> {

    List<PaperBatchLog> findByBoxIdInOrderByEnteredAtDesc(java.util.Collection<Long> boxIds);

    java.util.Optional<PaperBatchLog> findByBoxIdAndLabel(long boxId, String label);
}
