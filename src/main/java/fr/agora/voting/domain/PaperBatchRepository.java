package fr.agora.voting.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Paper batches. */
public interface PaperBatchRepository extends JpaRepository<PaperBatchRecord, String> {

    Optional<PaperBatchRecord> findByVoteIdAndLabel(long voteId, String label);
}
