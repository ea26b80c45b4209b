package fr.agora.voting.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The ballot box. */
public interface BallotRepository extends JpaRepository<Ballot, String> {

    /** A vote's ballots in the order of their random ids. */
    @Query("select distinct b from Ballot b left join fetch b.choices where b.voteId = :vote order by b.id")
    List<Ballot> findByVote(@Param("vote") long voteId);

    long countByVoteId(long voteId);

    /**
     * Every (ballot, option) pair of a vote by a locking read, which sees every committed ballot whatever snapshot
     * the transaction already holds (the close counts after the casts it waited for have committed). A blank
     * ballot (rules with {@code minChoices} 0) comes as one row with a null option.
     */
    @Query(value = """
            select b.id, c.option_id from voting_ballot b left join voting_choice c on c.ballot_id = b.id
            where b.vote_id = :vote order by b.id lock in share mode""", nativeQuery = true)
    List<Object[]> lockedChoices(@Param("vote") long voteId);

    /** Votes per option, counted in the database (one per option a ballot names). */
    @Query(value = """
            select c.option_id, count(*) from voting_choice c join voting_ballot b on b.id = c.ballot_id
            where b.vote_id = :vote group by c.option_id""", nativeQuery = true)
    List<Object[]> countPerOption(@Param("vote") long voteId);

    /** Ballots per vote, for the live feed. */
    @Query("select b.voteId, count(b) from Ballot b where b.voteId in :votes group by b.voteId")
    List<Object[]> countBallots(@Param("votes") Collection<Long> voteIds);
}
