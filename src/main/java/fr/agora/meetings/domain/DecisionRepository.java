package fr.agora.meetings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    @Query("select d from Decision d where d.meeting.id = :meeting order by d.recordedAt")
    List<Decision> findByMeeting(@Param("meeting") long meeting);
}
