package fr.agora.council.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Voter registers. */
public interface ElectionVoterRepository extends JpaRepository<ElectionVoter, Long> {

    @Query("select v from ElectionVoter v join fetch v.election join fetch v.candidacy where v.codeHash = :hash")
    Optional<ElectionVoter> findByCodeHash(@Param("hash") String codeHash);

    @Query("select v from ElectionVoter v join fetch v.candidacy where v.election.id = :election order by v.id")
    List<ElectionVoter> findByElection(@Param("election") long electionId);

    long countByElectionIdAndVoted(long electionId, boolean voted);

    /** Marks a code as used, atomically: 1 if it was unused, 0 if somebody used it first. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ElectionVoter v set v.voted = true, v.version = v.version + 1 where v.id = :id and v.voted = false")
    int markVoted(@Param("id") long voterId);
}
