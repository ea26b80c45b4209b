package fr.agora.voting.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Receipt hashes. */
public interface ReceiptRepository extends JpaRepository<ReceiptRecord, String> {

    @Query("select r.receiptHash from ReceiptRecord r where r.voteId = :vote order by r.receiptHash")
    List<String> hashes(@Param("vote") long voteId);

    boolean existsByVoteIdAndReceiptHash(long voteId, String receiptHash);
}
