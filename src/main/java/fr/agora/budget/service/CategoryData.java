package fr.agora.budget.service;

import fr.agora.budget.domain.Category;
import java.util.Locale;

/** A proposal category, labelled in both languages. */
public record CategoryData(long id, String code, String labelFr, String labelEn) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelFr;
    }

    static CategoryData of(Category c) {
        return new CategoryData(c.getId(), c.getCode(), c.getLabelFr(), c.getLabelEn());
    }
}
