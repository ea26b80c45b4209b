package fr.agora.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Secret ballots. */
public interface ElectionBallotRepository extends JpaRepository<ElectionBallot, String> {

    @Query("select distinct b from ElectionBallot b left join fetch b.choices where b.election.id = :election")
    List<ElectionBallot> findByElection(@Param("election") long electionId);

    long countByElectionId(long electionId);
}
