package fr.agora.meetings.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select m from Meeting m join fetch m.body where m.id = :id")
    Optional<Meeting> findWithBody(@Param("id") long id);

    /** Public, not cancelled meetings from {@code from} on, soonest first. */
    @Query("select m from Meeting m join fetch m.body where m.publicMeeting = true and m.status <> "
            + "fr.agora.meetings.domain.MeetingStatus.CANCELLED and m.endsAt >= :from order by m.startsAt")
    List<Meeting> findPublicFrom(@Param("from") Instant from);

    /** Public meetings of every status in a period (the public calendar and its feed). */
    @Query("select m from Meeting m join fetch m.body where m.publicMeeting = true and m.startsAt >= :from "
            + "and m.startsAt < :to order by m.startsAt")
    List<Meeting> findPublicBetween(@Param("from") Instant from, @Param("to") Instant to);

    @Query("select m from Meeting m join fetch m.body b where b.id in :bodies and m.startsAt >= :from "
            + "and m.startsAt < :to order by m.startsAt")
    List<Meeting> findOfBodiesBetween(@Param("bodies") Collection<Long> bodies, @Param("from") Instant from,
            @Param("to") Instant to);

    /** Meetings held or planned (not cancelled) of a body in a period: the « cinq fois dans l'année » count. */
    @Query("select count(m) from Meeting m where m.body.id = :body and m.status <> "
            + "fr.agora.meetings.domain.MeetingStatus.CANCELLED and m.startsAt >= :from and m.startsAt < :to")
    long countHeldOrPlanned(@Param("body") long body, @Param("from") Instant from, @Param("to") Instant to);

    @Query("select m from Meeting m join fetch m.body b where b.id in :bodies and m.minutesStatus = "
            + "fr.agora.meetings.domain.MinutesStatus.DRAFT order by m.startsAt")
    List<Meeting> findDraftMinutes(@Param("bodies") Collection<Long> bodies);
}
