package fr.agora.shared.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only: save and read, nothing else. Deliberately not a CrudRepository (no delete). */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    long count();

    /** Filtered search; a {@code null} filter matches everything; {@code actor} is a {@link LikePattern}. Newest first. */
    @Query("select e from AuditEvent e where (:actor is null or lower(e.actor) like :actor escape '!')"
            + " and (:action is null or e.action = :action)"
            + " and (:from is null or e.occurredAt >= :from) and (:to is null or e.occurredAt < :to)"
            + " order by e.occurredAt desc, e.id desc")
    List<AuditEvent> search(@Param("actor") String actor, @Param("action") String action,
            @Param("from") Instant from, @Param("to") Instant to, Pageable page);

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> findActions();

    List<AuditEvent> findByActorOrderByOccurredAtAsc(String actor);
}
