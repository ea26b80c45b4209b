package fr.agora.budget.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * Why each project won or lost, for the "why did this project win" view.
 *
 * @param method         human-readable summary of the rule as applied (per-voter budget, MES runs)
 * @param perVoterBudget the per-voter budget of the final MES run, or null for greedy rules
 * @param mesRuns        number of MES runs (Add1 completions), 0 for greedy rules
 * @param winners        funded projects in selection order
 * @param losers         the other projects, in project order
 */
public record Explanation(String method, BigDecimal perVoterBudget, int mesRuns, List<Winner> winners,
        List<Loser> losers) {

    /** How a winner was selected. */
    public enum Stage {
        /** Selected by the Method of Equal Shares. */
        EQUAL_SHARES,
        /** Selected by a greedy rule or a greedy completion. */
        GREEDY,
        /** Free project (cost 0) with supporters. */
        FREE
    }

    /** Why a project lost. */
    public enum Reason {
        /** Nobody voted for it. */
        NO_SUPPORT,
        /** Its supporters' remaining money was below its cost (MES). */
        NOT_AFFORDABLE,
        /** It did not fit in what remained of the budget. */
        BUDGET_EXHAUSTED,
        /** Its score is below the threshold of the rule. */
        BELOW_THRESHOLD,
        /** A greedy rule without skipping stopped before reaching it. */
        STOPPED
    }

    /**
     * One funded project.
     *
     * @param id             project id
     * @param cost           cost
     * @param stage          how it was selected
     * @param votes          number of voters naming it
     * @param effectiveVotes MES effective vote count (cost divided by the full share paid per unit of
     *                       utility); the vote count or score for greedy selections
     * @param payments       what one voter of each supporting group paid (MES only; empty otherwise)
     */
    public record Winner(String id, BigDecimal cost, Stage stage, long votes, BigDecimal effectiveVotes,
            List<Payment> payments) {
    }

    /**
     * What the voters of one group of identical ballots paid for a winner.
     *
     * @param ballot       the ballot (project ids)
     * @param voters       number of voters in the group
     * @param paidPerVoter payment of each of them
     */
    public record Payment(List<String> ballot, int voters, BigDecimal paidPerVoter) {
    }

    /**
     * One project that was not funded.
     *
     * @param id               project id
     * @param cost             cost
     * @param votes            number of voters naming it
     * @param reason           why it lost
     * @param supportersMoney  for MES: total money its supporters had left at the end; else null
     * @param remainingBudget  money left in the overall budget (at its turn for greedy rules, at the end
     *                         for MES)
     */
    public record Loser(String id, BigDecimal cost, long votes, Reason reason, BigDecimal supportersMoney,
            BigDecimal remainingBudget) {
    }
}
