package fr.agora.walks.service;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.walks.domain.DiagnosticCriterion;
import fr.agora.walks.domain.DiagnosticCriterionRepository;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagnostic grid: the five criteria of the 2015 contract and those admins add. A criterion is never deleted
 * (pins refer to it); an admin retires it instead.
 */
@Service
public class CriterionService {

    private final DiagnosticCriterionRepository criteria;
    private final AuditService audit;

    CriterionService(DiagnosticCriterionRepository criteria, AuditService audit) {
        this.criteria = criteria;
        this.audit = audit;
    }

    /** The criteria participants can choose, in grid order. */
    @Transactional(readOnly = true)
    public List<CriterionData> active() {
        return criteria.findByActiveTrueOrderBySortOrderAscIdAsc().stream().map(CriterionData::of).toList();
    }

    /** Every criterion, retired ones included. */
    @Transactional(readOnly = true)
    public List<CriterionData> all() {
        return criteria.findAllByOrderBySortOrderAscIdAsc().stream().map(CriterionData::of).toList();
    }

    /** Creates a criterion ({@code id == null}) or updates one; its code is derived from the label when new. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public CriterionData save(CriterionData data) {
        String symbol = data.symbol() == null ? "" : data.symbol().strip().toUpperCase(Locale.ROOT);
        criteria.findBySymbol(symbol).filter(c -> !c.getId().equals(data.id())).ifPresent(c -> {
            throw new BusinessException("walk.criterion.symbol-taken", symbol, c.getLabelFr());
        });
        DiagnosticCriterion c;
        try {
            if (data.id() == null) {
                String code = codeFor(data.code() == null || data.code().isBlank() ? data.labelFr() : data.code());
                c = new DiagnosticCriterion(code, data.labelFr(), data.labelEn(), symbol, data.colour(), data.sortOrder());
            } else {
                c = criteria.findById(data.id()).orElseThrow(() -> new BusinessException("walk.criterion.unknown"));
                c.update(data.labelFr(), data.labelEn(), symbol, data.colour(), data.sortOrder());
            }
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        c.setActive(data.active());
        criteria.save(c);
        audit.record(data.id() == null ? "WALK_CRITERION_CREATED" : "WALK_CRITERION_UPDATED", "walk_criterion", c.getId(),
                Map.of("code", c.getCode(), "label", c.getLabelFr(), "active", c.isActive()));
        return CriterionData.of(c);
    }

    /** A free code from a label: « Éclairage public » gives ECLAIRAGE_PUBLIC (then _2, _3… if taken). */
    private String codeFor(String label) {
        String base = fr.agora.shared.service.Codes.upperSnake(label);
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "C_" + base;
        }
        base = base.length() > 28 ? base.substring(0, 28) : base;
        if (base.length() < 2) {
            base = base + "_X";
        }
        String code = base;
        for (int n = 2; criteria.existsByCode(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }
}
