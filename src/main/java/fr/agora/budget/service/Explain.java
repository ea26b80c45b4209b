package fr.agora.budget.service;

import fr.agora.budget.rules.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** Plain-French sentences from the rules engine's {@link Explanation}: why a project won, why another did not. */
final class Explain {

    private Explain() {
    }

    static String noBallot() {
        return "Non retenu : aucun bulletin n'a choisi de projet dans cette enveloppe.";
    }

    static String winner(Explanation.Winner w, Explanation e) {
        return switch (w.stage()) {
            case FREE -> "Retenu : il ne coûte rien et " + votes(w.votes()) + " l'ont choisi.";
            case EQUAL_SHARES -> "Retenu par la méthode des parts égales : ses " + w.votes() + " soutiens avaient "
                    + "encore assez de leur part égale du budget (" + euros(e.perVoterBudget()) + " chacun au départ) "
                    + "pour payer ses " + euros(w.cost()) + ".";
            case GREEDY -> e.perVoterBudget() != null
                    ? "Retenu lors du complément : après les parts égales, il restait assez dans l'enveloppe pour ses "
                            + euros(w.cost()) + " ; " + votes(w.votes()) + " l'ont choisi."
                    : "Retenu : " + votes(w.votes()) + " ; à son tour, dans l'ordre des voix, ses " + euros(w.cost())
                            + " tenaient dans ce qui restait de l'enveloppe.";
        };
    }

    static String loser(Explanation.Loser l, Explanation e, List<Explanation.Winner> winners) {
        String base = switch (l.reason()) {
            case NO_SUPPORT -> "Non retenu : personne ne l'a choisi.";
            case NOT_AFFORDABLE -> "Non retenu : ses " + l.votes() + " soutiens n'avaient plus assez de leur part "
                    + "égale du budget" + (l.supportersMoney() == null ? "" : " (" + euros(l.supportersMoney())
                    + " à eux tous)") + " pour payer ses " + euros(l.cost()) + ", et le complément n'a pas suffi.";
            case BUDGET_EXHAUSTED -> "Non retenu : " + votes(l.votes()) + ", mais à son tour il ne restait que "
                    + euros(l.remainingBudget()) + " dans l'enveloppe, moins que ses " + euros(l.cost()) + ".";
            case BELOW_THRESHOLD -> "Non retenu : " + votes(l.votes()) + ", sous le seuil de la règle.";
            case STOPPED -> "Non retenu : le calcul s'est arrêté avant lui (" + votes(l.votes()) + ").";
        };
        boolean fewerWon = winners.stream().anyMatch(w -> w.votes() < l.votes());
        if (fewerWon && l.votes() > 0) {
            base += " Des projets qui avaient moins de voix ont été retenus parce qu'ils tenaient encore dans "
                    + "l'enveloppe.";
        }
        return base;
    }

    private static String votes(long n) {
        return n == 0 ? "aucune voix" : n == 1 ? "1 voix" : n + " voix";
    }

    static String euros(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMaximumFractionDigits(2);
        return f.format(amount.setScale(2, RoundingMode.HALF_UP)).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }
}
