package fr.agora.meetings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContributionRepository extends JpaRepository<Contribution, Long> {

    @Query("select c from Contribution c where c.meeting.id = :meeting order by c.submittedAt")
    List<Contribution> findByMeeting(@Param("meeting") long meeting);

    @Query("select c from Contribution c join fetch c.meeting where c.authorEmail = :email")
    List<Contribution> findByAuthor(@Param("email") String email);
}
