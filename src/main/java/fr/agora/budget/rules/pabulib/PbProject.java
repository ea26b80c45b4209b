package fr.agora.budget.rules.pabulib;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of the PROJECTS section.
 *
 * @param id     project id, kept as a string ({@code "c1"}, {@code "BO.OM.97/24"})
 * @param cost   exact cost (decimal commas already converted)
 * @param fields every column of the row by header name, raw text, including {@code project_id} and
 *               {@code cost}; columns missing from a short row are absent
 */
public record PbProject(String id, BigDecimal cost, Map<String, String> fields) {

    /** A numeric column ({@code votes}, {@code score}) or null when absent or empty. */
    public BigDecimal number(String column) {
        String v = fields.get(column);
        if (v == null || v.isBlank() || v.equalsIgnoreCase("none")) {
            return null;
        }
        return PbParser.parseDecimal(v.trim());
    }
}
