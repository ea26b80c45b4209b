package fr.agora.sortition;

import java.util.List;

/**
 * Why no feasible panel exists, and the smallest fix.
 *
 * @param conflicts     a minimal set of quota bounds that cannot hold together (with the panel size and
 *                      the household rule), e.g. {@code "gender=female min 12"}; removing any one of them
 *                      makes the rest satisfiable
 * @param relaxedQuotas all quotas after the minimal relaxation (least total slack within
 *                      {@code min_flex}/{@code max_flex}), or {@code null} when no relaxation within the
 *                      flexibility bounds exists
 * @param changes       the changed bounds only, e.g. {@code "gender=female min 12→10"}
 */
public record InfeasibilityReport(List<String> conflicts, List<Quota> relaxedQuotas, List<String> changes) {

    public InfeasibilityReport {
        conflicts = List.copyOf(conflicts);
        relaxedQuotas = relaxedQuotas == null ? null : List.copyOf(relaxedQuotas);
        changes = List.copyOf(changes);
    }

    /** One French line for the command line. */
    public String message() {
        String s = "quotas infaisables ; en conflit : " + String.join(", ", conflicts);
        if (relaxedQuotas == null) {
            return s + " ; aucune relaxation possible dans les bornes min_flex/max_flex";
        }
        return s + " ; relaxation minimale proposée : " + String.join(", ", changes);
    }
}
