package fr.agora.voting.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Votes. */
public interface VoteRepository extends JpaRepository<Vote, Long> {

    @Query("select v.selfEnrolment from Vote v where v.id = :id")
    Optional<Boolean> selfEnrolment(@Param("id") long id);

    /** Version and status of votes, for the live feed: a close or a paper batch changes the version. */
    @Query("select v.id, v.version, v.status from Vote v where v.id in :ids")
    java.util.List<Object[]> states(@Param("ids") java.util.Collection<Long> ids);
}
