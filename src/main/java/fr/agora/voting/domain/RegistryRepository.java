package fr.agora.voting.domain;

import fr.agora.voting.Channel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Voter registries. */
public interface RegistryRepository extends JpaRepository<RegistryEntry, String> {

    Optional<RegistryEntry> findByCodeHash(String codeHash);

    Optional<RegistryEntry> findByVoteIdAndAccountId(long voteId, long accountId);

    @Query("select r from RegistryEntry r where r.voteId = :vote order by r.subject, r.accountId, r.id")
    List<RegistryEntry> findByVote(@Param("vote") long voteId);

    long countByVoteId(long voteId);

    long countByVoteIdAndChannel(long voteId, Channel channel);

    /** Marks a voter as having voted, atomically: 1 if they had not, 0 if somebody (or another channel) was first. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update RegistryEntry r set r.voted = true, r.channel = :channel, r.votedOn = :day, r.version = r.version + 1
            where r.id = :id and r.voted = false""")
    int markVoted(@Param("id") String id, @Param("channel") Channel channel, @Param("day") LocalDate day);

    /**
     * Enrols an account if it is not in the registry yet (a vote with self-enrolment); of two simultaneous
     * enrolments of one account, the second waits for the first and then does nothing.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            insert ignore into voting_voter (id, vote_id, account_id, voted, version)
            values (:id, :vote, :account, false, 0)""", nativeQuery = true)
    int enrol(@Param("id") String id, @Param("vote") long voteId, @Param("account") long accountId);

    /** Registry marks per vote, for the live feed (votes with subscribers only). */
    @Query("select r.voteId, count(r) from RegistryEntry r where r.voteId in :votes and r.voted = true group by r.voteId")
    List<Object[]> countVoted(@Param("votes") java.util.Collection<Long> voteIds);
}
