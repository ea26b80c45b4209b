package fr.agora.voting.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The voters of open votes. */
public interface NamedBallotRepository extends JpaRepository<NamedBallot, String> {

    List<NamedBallot> findByVoteId(long voteId);
}
