package fr.agora.shared.service;

import fr.agora.shared.domain.AuditEvent;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of every security-relevant or democratic act. Append-only: this service can add and read
 * entries; nothing in the code base updates or deletes them.
 */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final Clock clock;
    private final JsonMapper json;
    private final TransactionTemplate independent;

    AuditService(AuditEventRepository events, Clock clock, PlatformTransactionManager tx) {
        this.events = events;
        this.clock = clock;
        this.json = JsonMapper.builder().build();
        this.independent = new TransactionTemplate(tx);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records an act by the current user, inside the caller's transaction: it is kept only if the act is. */
    @Transactional
    public void record(String action, String targetType, Object targetId, Map<String, ?> details) {
        save(CurrentUser.actor(), action, targetType, targetId, details, AuditEvent.Outcome.OK);
    }

    /** Records an act on behalf of a named actor (a login, a scheduled job), inside the caller's transaction. */
    @Transactional
    public void recordAs(String actor, String action, String targetType, Object targetId, Map<String, ?> details) {
        save(actor, action, targetType, targetId, details, AuditEvent.Outcome.OK);
    }

    /**
     * Records a refused act in its own transaction, so that the entry survives the rollback of the refused
     * operation.
     */
    public void recordRefusal(String actor, String action, String targetType, Object targetId, Map<String, ?> details) {
        independent.executeWithoutResult(s -> save(actor, action, targetType, targetId, details, AuditEvent.Outcome.REFUSED));
    }

    private void save(String actor, String action, String targetType, Object targetId, Map<String, ?> details,
            AuditEvent.Outcome outcome) {
        String detailJson = details == null || details.isEmpty() ? null : json.writeValueAsString(new LinkedHashMap<>(details));
        events.save(new AuditEvent(clock.instant(), actor, action, targetType,
                targetId == null ? null : String.valueOf(targetId), detailJson, outcome));
    }

    /** Entries matching the filters (each may be {@code null}), newest first, at most {@code limit}. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<AuditEvent> search(String actor, String action, Instant from, Instant to, int limit) {
        String actorPattern = blankToNull(actor) == null ? null : fr.agora.shared.domain.LikePattern.contains(actor);
        return events.search(actorPattern, blankToNull(action), from, to, PageRequest.of(0, Math.min(limit, 2000)));
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return events.findActions();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
