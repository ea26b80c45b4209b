package fr.agora.walks.service;

import fr.agora.walks.domain.DiagnosticCriterion;
import java.util.Locale;

/** A criterion of the diagnostic grid, as views show it. {@code id} is {@code null} for a new one. */
public record CriterionData(Long id, String code, String labelFr, String labelEn, String symbol, String colour,
        int sortOrder, boolean active, boolean builtIn) {

    /** The label in the given language (English falls back to French). */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && labelEn != null && !labelEn.isBlank() ? labelEn : labelFr;
    }

    static CriterionData of(DiagnosticCriterion c) {
        return new CriterionData(c.getId(), c.getCode(), c.getLabelFr(), c.getLabelEn(), c.getSymbol(), c.getColour(),
                c.getSortOrder(), c.isActive(), c.isBuiltIn());
    }
}
