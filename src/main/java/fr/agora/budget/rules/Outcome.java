package fr.agora.budget.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * Result of a rule.
 *
 * @param rule        rule key as applied (for {@code file}, the resolved rule)
 * @param selected    funded project ids sorted by (length, then string), as Pabulib tools print them
 * @param totalCost   total cost of the funded projects
 * @param budget      the budget
 * @param explanation why each project won or lost
 */
public record Outcome(String rule, List<String> selected, BigDecimal totalCost, BigDecimal budget,
        Explanation explanation) {
}
