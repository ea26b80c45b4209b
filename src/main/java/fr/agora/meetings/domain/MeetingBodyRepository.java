package fr.agora.meetings.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingBodyRepository extends JpaRepository<MeetingBody, Long> {

    Optional<MeetingBody> findByBodyKey(String bodyKey);
}
