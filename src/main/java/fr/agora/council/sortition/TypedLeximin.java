package fr.agora.council.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * LEXIMIN solved exactly over agent types ({@link TypeAggregation}) when there is no household constraint.
 *
 * <p><b>Why this is exact.</b> Let G be the group of permutations of the agents that map every agent to an
 * agent of the same type. Without household constraints a panel's feasibility depends only on its count per
 * type, so every σ in G maps feasible panels to feasible panels, and a distribution D over feasible panels
 * to a distribution σD over feasible panels whose marginal vector is π∘σ⁻¹, a permutation of the marginal
 * vector π of D. Take D LEXIMIN-optimal and let D̄ = (1/|G|) Σ_σ σD: a convex combination of distributions
 * over feasible panels, hence feasible, whose marginal π̄ is constant on each type (the type mean of π).
 * D̄ is no worse than D in the leximin order: for every ℓ, f_ℓ(x) = sum of the ℓ smallest entries of x is
 * the minimum over ℓ-subsets of a linear function, hence concave, and symmetric, so
 * f_ℓ(π̄) ≥ (1/|G|) Σ_σ f_ℓ(π∘σ⁻¹) = f_ℓ(π). If the sorted vectors of π̄ and π first differ at position j,
 * their first j-1 partial sums are equal and f_j(π̄) ≥ f_j(π) forces the j-th smallest entry of π̄ to be the
 * larger one: π̄ is leximin-better or equal. So an optimal distribution with equal probabilities within each
 * type exists (and, the leximin-optimal marginal vector of a convex set being unique, every optimal
 * distribution has them). For such distributions only the law of the count vector c matters: an agent of
 * type t is selected with probability E[c_t] / s_t (s_t the type size); conversely every distribution over
 * feasible count vectors is realised by agent panels with exactly these marginals
 * ({@link TypeAggregation#expand}). LEXIMIN over agents is therefore LEXIMIN over the per-type
 * probabilities {@code p_t = E[c_t] / s_t} (each type's value repeated s_t times, which does not change the
 * iterated max-min below).
 *
 * <p>The algorithm is {@link Leximin}'s, on count vectors: warm start by multiplicative weights on types,
 * then per level the restricted dual LP {@code min yhat - sum_{t fixed} p_t y_t} s.t.
 * {@code sum_t (c_t / s_t) y_t <= yhat} per generated count vector c, {@code sum_{t unfixed} y_t = 1},
 * {@code y >= 0}, priced by {@link TypeIlp} with objective {@code y_t / s_t}; then the final LP
 * {@code min eps} s.t. {@code sum_c x_c = 1}, {@code sum_c x_c c_t / s_t >= p_t - eps}. The support count
 * vectors are expanded into agent panels by a seeded balanced rotation within each type.
 */
final class TypedLeximin {

    private static final boolean DEBUG = Boolean.getBoolean("agora.sortition.debug");
    private static final String LP_SOLVER = System.getProperty("agora.sortition.lp", "GLOP");

    private final SortitionInstance instance;
    private final TypeAggregation types;
    private final Leximin.Options options;
    private final ProgressListener listener;
    private final CancellationToken token;
    private final List<int[]> panels = new ArrayList<>();
    private final Set<List<Integer>> seen = new HashSet<>();
    private int fixedCount;
    private int fixedAgents;

    TypedLeximin(TypeAggregation types, Leximin.Options options, ProgressListener listener,
                 CancellationToken token) {
        this.instance = types.instance();
        this.types = types;
        this.options = options;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.token = token == null ? CancellationToken.NONE : token;
    }

    SortitionResult run() throws InfeasibleQuotasException {
        long start = System.nanoTime();
        int n = instance.n();
        int count = types.count();
        double[] fixed;
        try (TypeIlp ilp = new TypeIlp(types)) {
            if (ilp.maximise(new double[count]) == null) {
                throw new InfeasibleQuotasException(Feasibility.analyse(instance).orElseThrow());
            }
            warmStart(ilp);
            fixed = outerLoop(ilp);
        }
        listener.progress(ProgressListener.Phase.FINAL_LP, panels.size(), n, n);
        token.check();
        double[] x = finalLp(fixed);
        double total = 0;
        for (int p = 0; p < panels.size(); p++) {
            double v = Math.min(1, Math.max(0, x[p]));
            x[p] = v > 1e-9 ? v : 0;
            total += x[p];
        }
        int[][] orders = types.cyclicOrders(options.seed());
        List<int[]> support = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            if (x[p] > 0) {
                types.expand(panels.get(p), x[p] / total, orders, support, w);
            }
        }
        double[] weights = new double[support.size()];
        double[] marginals = new double[n];
        for (int p = 0; p < weights.length; p++) {
            weights[p] = w.get(p);
            for (int i : support.get(p)) {
                marginals[i] += weights[p];
            }
        }
        double[] levels = new double[n];
        for (int i = 0; i < n; i++) {
            levels[i] = fixed[types.typeOf(i)];
        }
        if (DEBUG) {
            System.err.println("typed LEXIMIN: " + count + " types, " + panels.size() + " count vectors, "
                    + support.size() + " agent panels");
        }
        listener.progress(ProgressListener.Phase.DONE, panels.size(), n, n);
        return new SortitionResult("leximin", marginals, levels, support, weights, panels.size(),
                (System.nanoTime() - start) / 1e9);
    }

    private boolean add(int[] counts) {
        if (seen.add(Arrays.stream(counts).boxed().toList())) {
            panels.add(counts);
            return true;
        }
        return false;
    }

    private void warmStart(TypeIlp ilp) {
        int n = instance.n();
        int count = types.count();
        SplittableRandom random = new SplittableRandom(options.seed());
        double[] w = new double[count]; // weight of each member of the type
        for (int t = 0; t < count; t++) {
            w[t] = 0.99 + 0.01 * random.nextDouble();
        }
        boolean[] covered = new boolean[count];
        int coveredCount = 0;
        int maxRounds = options.warmStartMaxRounds() > 0 ? options.warmStartMaxRounds() : count;
        int patience = Math.max(1, options.warmStartPatience());
        int sinceNew = 0;
        int coveredAt = -1;
        for (int round = 0; round < maxRounds; round++) {
            token.check();
            int[] panel = ilp.maximise(w);
            if (add(panel)) {
                sinceNew = 0;
                for (int t = 0; t < count; t++) {
                    if (panel[t] > 0) {
                        w[t] *= 0.8;
                        if (!covered[t]) {
                            covered[t] = true;
                            coveredCount++;
                        }
                    }
                }
            } else {
                sinceNew++;
                for (int t = 0; t < count; t++) {
                    w[t] = 0.9 * w[t] + 0.1;
                }
            }
            double sum = 0;
            for (int t = 0; t < count; t++) {
                sum += w[t] * types.size(t);
            }
            for (int t = 0; t < count; t++) {
                w[t] *= n / sum;
            }
            if (coveredCount == count && coveredAt < 0) {
                coveredAt = round;
            }
            if (round % 10 == 0) {
                listener.progress(ProgressListener.Phase.WARM_START, panels.size(), 0, n);
            }
            if (sinceNew >= patience || (coveredAt >= 0 && round - coveredAt >= patience)) {
                break;
            }
        }
        // greedy cover of the types the weights did not reach
        while (coveredCount < count) {
            token.check();
            double[] target = new double[count];
            for (int t = 0; t < count; t++) {
                target[t] = covered[t] ? 0 : 1;
            }
            int[] panel = ilp.maximise(target);
            int gained = 0;
            for (int t = 0; t < count; t++) {
                if (panel[t] > 0 && !covered[t]) {
                    covered[t] = true;
                    gained++;
                }
            }
            if (gained == 0) {
                break; // the remaining types belong to no feasible panel: probability 0
            }
            coveredCount += gained;
            add(panel);
            listener.progress(ProgressListener.Phase.WARM_START, panels.size(), 0, n);
        }
    }

    private double[] outerLoop(TypeIlp ilp) {
        int n = instance.n();
        int count = types.count();
        double eps = options.eps();
        double[] fixed = new double[count];
        boolean[] isFixed = new boolean[count];
        MPSolver lp = MPSolver.createSolver(LP_SOLVER);
        try {
            MPVariable[] y = new MPVariable[count];
            for (int t = 0; t < count; t++) {
                y[t] = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "y" + t);
            }
            MPVariable yhat = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "yhat");
            MPConstraint unfixedSum = lp.makeConstraint(1, 1, "sum");
            for (int t = 0; t < count; t++) {
                unfixedSum.setCoefficient(y[t], 1);
            }
            for (int[] panel : panels) {
                addRow(lp, y, yhat, panel);
            }
            MPObjective objective = lp.objective();
            objective.setCoefficient(yhat, 1);
            objective.setMinimization();
            double[] duals = new double[count];
            double[] pricing = new double[count];
            int lowered = 0;
            while (fixedCount < count) {
                token.check();
                MPSolver.ResultStatus status = lp.solve();
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    lp.reset();
                    status = lp.solve();
                    if (DEBUG) {
                        System.err.println("typed dual LP retry status " + status + " fixed " + fixedCount);
                    }
                }
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    if (++lowered > 100) {
                        throw new IllegalStateException("LP dual LEXIMIN : statut " + status);
                    }
                    for (int t = 0; t < count; t++) {
                        if (isFixed[t]) {
                            fixed[t] = Math.max(0, fixed[t] - 1e-4);
                            objective.setCoefficient(y[t], -fixed[t]);
                        }
                    }
                    continue;
                }
                double upper = yhat.solutionValue();
                double level = objective.value();
                double maxY = 0;
                for (int t = 0; t < count; t++) {
                    duals[t] = Math.max(0, y[t].solutionValue());
                    pricing[t] = duals[t] / types.size(t);
                    if (!isFixed[t]) {
                        maxY = Math.max(maxY, duals[t]);
                    }
                }
                int[] panel = ilp.maximise(pricing);
                double value = 0;
                for (int t = 0; t < count; t++) {
                    value += pricing[t] * panel[t];
                }
                if (value > upper + eps && add(panel)) {
                    addRow(lp, y, yhat, panel);
                } else {
                    double threshold = Math.min(eps, maxY / 2);
                    double p = Math.max(0, Math.min(1, level));
                    for (int t = 0; t < count; t++) {
                        if (!isFixed[t] && duals[t] > threshold) {
                            isFixed[t] = true;
                            fixed[t] = p;
                            fixedCount++;
                            fixedAgents += types.size(t);
                            unfixedSum.setCoefficient(y[t], 0);
                            objective.setCoefficient(y[t], -p);
                        }
                    }
                }
                listener.progress(ProgressListener.Phase.COLUMN_GENERATION, panels.size(), fixedAgents, n);
            }
        } finally {
            lp.delete();
        }
        return fixed;
    }

    private void addRow(MPSolver lp, MPVariable[] y, MPVariable yhat, int[] panel) {
        MPConstraint row = lp.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
        for (int t = 0; t < panel.length; t++) {
            if (panel[t] > 0) {
                row.setCoefficient(y[t], (double) panel[t] / types.size(t));
            }
        }
        row.setCoefficient(yhat, -1);
    }

    private double[] finalLp(double[] fixed) {
        int count = types.count();
        MPSolver lp = MPSolver.createSolver(LP_SOLVER);
        try {
            MPVariable[] x = new MPVariable[panels.size()];
            MPVariable slack = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "eps");
            MPConstraint sum = lp.makeConstraint(1, 1, "sum");
            MPConstraint[] rows = new MPConstraint[count];
            for (int t = 0; t < count; t++) {
                rows[t] = lp.makeConstraint(fixed[t], Double.POSITIVE_INFINITY, "t" + t);
                rows[t].setCoefficient(slack, 1);
            }
            for (int p = 0; p < panels.size(); p++) {
                x[p] = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "x" + p);
                sum.setCoefficient(x[p], 1);
                int[] panel = panels.get(p);
                for (int t = 0; t < count; t++) {
                    if (panel[t] > 0) {
                        rows[t].setCoefficient(x[p], (double) panel[t] / types.size(t));
                    }
                }
            }
            lp.objective().setCoefficient(slack, 1);
            lp.objective().setMinimization();
            MPSolver.ResultStatus status = lp.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("LP final LEXIMIN : statut " + status);
            }
            double[] out = new double[panels.size()];
            for (int p = 0; p < out.length; p++) {
                out[p] = x[p].solutionValue();
            }
            return out;
        } finally {
            lp.delete();
        }
    }
}
