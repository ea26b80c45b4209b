package fr.agora.budget.service;

import fr.agora.budget.domain.Category;
import fr.agora.budget.domain.CategoryRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.Codes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep the list of proposal categories (DOMAIN.md §7 H: the three kinds the sources name, and « autre »):
 * add one, rename it, withdraw it from the form or bring it back. A category is never deleted, since proposals
 * keep theirs; at least one stays offered. Every change is audited.
 */
@Service
public class CategoryService {

    private final CategoryRepository categories;
    private final AuditService audit;

    CategoryService(CategoryRepository categories, AuditService audit) {
        this.categories = categories;
        this.audit = audit;
    }

    /** What staff see of a category. */
    public record CategoryRow(long id, String code, String labelFr, String labelEn, boolean active) {
    }

    /** Every category, offered or withdrawn, in the form's order. */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional(readOnly = true)
    public List<CategoryRow> all() {
        return categories.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(c -> new CategoryRow(c.getId(), c.getCode(), c.getLabelFr(), c.getLabelEn(), c.isActive())).toList();
    }

    /** Adds a category at the end of the list, before « Autre ». */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public CategoryRow create(String labelFr, String labelEn) {
        String code = code(labelFr);
        if (code.isEmpty()) {
            throw new BusinessException("budget.category.label");
        }
        if (categories.findByCode(code).isPresent()) {
            throw new BusinessException("budget.category.duplicate");
        }
        int order = categories.findAllByOrderBySortOrderAscIdAsc().stream().filter(c -> !c.getCode().equals("AUTRE"))
                .mapToInt(Category::getSortOrder).max().orElse(0) + 1;
        Category c = categories.save(new Category(code, labelFr, labelEn, Math.min(order, 89)));
        audit.record("BUDGET_CATEGORY_CREATED", "budget_category", c.getId(), details(c));
        return row(c);
    }

    /** Renames a category (its code, which proposals refer to, does not change). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public CategoryRow rename(long id, String labelFr, String labelEn) {
        Category c = load(id);
        c.rename(labelFr, labelEn);
        audit.record("BUDGET_CATEGORY_RENAMED", "budget_category", id, details(c));
        return row(c);
    }

    /** Withdraws a category from the proposal form, or offers it again; the last one offered cannot be withdrawn. */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public CategoryRow setOffered(long id, boolean offered) {
        Category c = load(id);
        if (!offered && c.isActive()
                && categories.findAll().stream().filter(Category::isActive).count() <= 1) {
            throw new BusinessException("budget.category.last");
        }
        c.setActive(offered);
        audit.record(offered ? "BUDGET_CATEGORY_OFFERED" : "BUDGET_CATEGORY_WITHDRAWN", "budget_category", id,
                details(c));
        return row(c);
    }

    private Category load(long id) {
        return categories.findById(id).orElseThrow(() -> new BusinessException("budget.category.unknown"));
    }

    private static CategoryRow row(Category c) {
        return new CategoryRow(c.getId(), c.getCode(), c.getLabelFr(), c.getLabelEn(), c.isActive());
    }

    private static Map<String, Object> details(Category c) {
        Map<String, Object> d = new HashMap<>();
        d.put("code", c.getCode());
        d.put("label", c.getLabelFr());
        return d;
    }

    /** A code made of a label, 32 characters at most (a new category's, a theme envelope's). */
    public static String code(String label) {
        String folded = Codes.upperSnake(label);
        return folded.length() > 32 ? folded.substring(0, 32).replaceAll("_+$", "") : folded;
    }
}
