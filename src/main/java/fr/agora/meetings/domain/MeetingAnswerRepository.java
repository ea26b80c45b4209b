package fr.agora.meetings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingAnswerRepository extends JpaRepository<MeetingAnswer, Long> {

    @Query("select a from MeetingAnswer a where a.meeting.id = :meeting")
    List<MeetingAnswer> findByMeeting(@Param("meeting") long meeting);

    @Query("select a from MeetingAnswer a where a.meeting.id = :meeting and a.memberKey = :key")
    Optional<MeetingAnswer> find(@Param("meeting") long meeting, @Param("key") String key);
}
