package fr.agora.budget.rules;

/**
 * Outcome of one run of the Method of Equal Shares at a given per-voter budget.
 *
 * @param perVoterBudget initial budget of every voter, exact (scaled money units)
 * @param selected       selected projects in selection order (free supported projects first)
 * @param rho            affordability factor of each selection (payment per unit of utility)
 * @param exact          true when the run had to fall back to exact arithmetic (near-tie)
 * @param remaining      remaining budget of each voter group at the end (scaled units, one voter)
 * @param payments       when recorded: for each selection, the payment of one voter of each group
 *                       (indexed by group; 0 for non-supporters); else null
 */
record MesRun(Rational perVoterBudget, int[] selected, double[] rho, boolean exact, double[] remaining,
        double[][] payments) {
}
