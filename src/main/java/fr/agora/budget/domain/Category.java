package fr.agora.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category of proposals (configurable list; seeded with the three kinds the sources name and « autre »). */
@Entity
@Table(name = "budget_category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "label_fr", nullable = false, length = 120)
    private String labelFr;

    @Column(name = "label_en", length = 120)
    private String labelEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected Category() {
    }

    public Category(String code, String labelFr, String labelEn, int sortOrder) {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9_]{0,31}")) {
            throw new fr.agora.shared.domain.BusinessException("budget.category.code");
        }
        this.code = code;
        this.sortOrder = sortOrder;
        rename(labelFr, labelEn);
    }

    /** Renames the category: a French label (1 to 120 characters) is required, the English one is optional. */
    public void rename(String labelFr, String labelEn) {
        String fr = labelFr == null ? "" : labelFr.strip();
        String en = labelEn == null ? "" : labelEn.strip();
        if (fr.isEmpty() || fr.length() > 120 || en.length() > 120) {
            throw new fr.agora.shared.domain.BusinessException("budget.category.label");
        }
        this.labelFr = fr;
        this.labelEn = en.isEmpty() ? null : en;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
