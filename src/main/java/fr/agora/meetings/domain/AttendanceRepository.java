package fr.agora.meetings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    @Query("select a from Attendance a where a.meeting.id = :meeting order by a.memberName")
    List<Attendance> findByMeeting(@Param("meeting") long meeting);

    @Query("select count(a) > 0 from Attendance a where a.meeting.id = :meeting and a.memberKey = :key")
    boolean exists(@Param("meeting") long meeting, @Param("key") String key);
}
