package fr.agora.plenary.service;

import fr.agora.plenary.domain.PlenaryAvisRepository;
import fr.agora.plenary.domain.PlenaryAvis;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.Dates;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The avis adopted by the plenaries, sent to the city: the public list year by year, with the answer or the days it
 * is overdue, and the answer of an elected official ({@code ELECTED} only).
 */
@Service
public class AvisService {

    private final PlenaryAvisRepository avis;
    private final AccountDirectory accounts;
    private final AuditService audit;
    private final Dates dates;

    AvisService(PlenaryAvisRepository avis, AccountDirectory accounts, AuditService audit, Dates dates) {
        this.avis = avis;
        this.accounts = accounts;
        this.audit = audit;
        this.dates = dates;
    }

    /** Every avis, the latest year first (public). */
    @Transactional(readOnly = true)
    public List<AvisData> all() {
        LocalDate today = dates.today();
        return avis.findAllByOrderByYearDescSentOnDescIdAsc().stream().map(a -> data(a, today)).toList();
    }

    /** The avis of one plenary (public). */
    @Transactional(readOnly = true)
    public List<AvisData> ofPlenary(long plenaryId) {
        LocalDate today = dates.today();
        return avis.findByPlenaryIdOrderByIdAsc(plenaryId).stream().map(a -> data(a, today)).toList();
    }

    /** How many avis wait for an answer (dashboard). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long awaitingAnswer() {
        return avis.countByAnswerIsNull();
    }

    /**
     * An elected official answers an avis, once. Refused (and audited) for an account without the {@code ELECTED}
     * role.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AvisData answer(long avisId, String text) {
        if (!CurrentUser.hasAnyRole(Role.ELECTED)) {
            audit.recordRefusal(CurrentUser.actor(), "PLENARY_AVIS_ANSWER", "plenary_avis", avisId,
                    Map.of("reason", "not ELECTED"));
            throw new BusinessException("plenary.error.elected-only");
        }
        PlenaryAvis a = avis.findById(avisId).orElseThrow(() -> new BusinessException("plenary.error.unknown"));
        String by = accounts.current().map(r -> r.displayName()).orElse(CurrentUser.actor());
        a.answer(text, by, dates.today());
        audit.record("PLENARY_AVIS_ANSWERED", "plenary_avis", avisId, Map.of("late", a.getAnsweredOn().isAfter(a.getDueOn())));
        return data(a, dates.today());
    }

    static AvisData data(PlenaryAvis a, LocalDate today) {
        return new AvisData(a.getId(), a.getPlenaryId(), a.getYear(), a.getTitle(), a.getText(), a.getSentOn(),
                a.getDueOn(), a.getAnswer(), a.getAnsweredBy(), a.getAnsweredOn(), a.daysOverdue(today));
    }
}
