package fr.agora.budget.service;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Who is acting and what day it is in Amiens, and the audited refusal every service uses. */
@Component
class BudgetAccess {

    /** The one zone for every date a person sees or a rule uses. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final String STAFF = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "')";
    static final String MODERATORS = "hasAnyRole('" + Role.Names.MODERATOR + "','" + Role.Names.STAFF + "','"
            + Role.Names.ADMIN + "')";
    static final String ENTERERS = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.PARTNER + "','"
            + Role.Names.ADMIN + "')";

    private final Clock clock;
    private final AuditService audit;

    BudgetAccess(Clock clock, AuditService audit) {
        this.clock = clock;
        this.audit = audit;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The signed-in user's e-mail, lower case; refused when nobody is signed in. */
    String email() {
        return CurrentUser.email().map(e -> e.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BusinessException("budget.sign-in"));
    }

    boolean staff() {
        return CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN);
    }

    boolean moderator() {
        return CurrentUser.hasAnyRole(Role.MODERATOR, Role.STAFF, Role.ADMIN);
    }

    /** Audits a refusal (in its own transaction, so it survives the rollback) and returns the exception to throw. */
    BusinessException refuse(String action, Object proposalId, String key, Object... args) {
        audit.recordRefusal(CurrentUser.actor(), action, "budget_proposal", proposalId, Map.of("reason", key));
        return new BusinessException(key, args);
    }

    BusinessException refuse(String action, Object proposalId, BusinessException e) {
        audit.recordRefusal(CurrentUser.actor(), action, "budget_proposal", proposalId, Map.of("reason", e.getMessageKey()));
        return e;
    }
}
