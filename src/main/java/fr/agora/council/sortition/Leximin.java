package fr.agora.council.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * LEXIMIN selection (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 596, 2021): among all
 * distributions over feasible panels, maximise the lowest selection probability, then the second
 * lowest, and so on.
 *
 * <p>Column generation as in the reference implementation:
 * <ol>
 *   <li>Warm start: multiplicative weights (seeded weights in [0.99, 1); a new panel multiplies its
 *       members' weights by 0.8, a repeated one pulls all weights towards 1), bounded: at most
 *       {@link Options#warmStartMaxRounds()} pricing calls (default n), and stopped
 *       {@link Options#warmStartPatience()} rounds after every agent is covered or after that many
 *       rounds without a new panel. Agents still uncovered are then covered greedily (a panel maximising
 *       the number of uncovered members); agents no panel can contain end at probability 0.</li>
 *   <li>Outer loop, one LEXIMIN level per round: the restricted dual LP (GLOP)
 *       {@code min yhat - sum_{i fixed} p_i y_i} s.t. {@code sum_{i in P} y_i <= yhat} per generated panel,
 *       {@code sum_{i unfixed} y_i = 1}, {@code y >= 0}; pricing by the max-weight feasible panel
 *       ({@link PanelIlp}); while the best panel violates its dual constraint by more than EPS it is added;
 *       otherwise every unfixed agent with {@code y_i > EPS} is fixed at the LP value (a positive dual
 *       means the agent's constraint is tight in every optimal primal solution).</li>
 *   <li>Final LP: {@code min eps} s.t. {@code sum_P x_P = 1}, {@code sum_{P ni i} x_P >= p_i - eps};
 *       x is clipped to [0,1] and renormalised.</li>
 * </ol>
 * Without household constraints, agents counting towards the same quotas are interchangeable and the
 * problem is solved exactly over these types instead ({@link TypedLeximin}, used automatically when there
 * are fewer types than agents); the result has the same form (agent panels and weights).
 * Deterministic for a given seed and solver build. Not thread-safe per call, but calls are independent.
 */
public final class Leximin {

    /**
     * Tuning.
     *
     * @param seed               warm-start RNG seed
     * @param eps                tolerance of the pricing test and the fixing threshold (0.0005 as published)
     * @param warmStartMaxRounds cap on warm-start pricing calls; {@code <= 0} means n
     * @param warmStartPatience  rounds to continue after full coverage / without a new panel
     */
    public record Options(long seed, double eps, int warmStartMaxRounds, int warmStartPatience) {

        public static Options defaults() {
            return new Options(0, 0.0005, 0, 50);
        }

        public Options withSeed(long newSeed) {
            return new Options(newSeed, eps, warmStartMaxRounds, warmStartPatience);
        }
    }

    private static final boolean DEBUG = Boolean.getBoolean("agora.sortition.debug");
    /** LP backend of OR-Tools' MPSolver for the dual and final LPs (GLOP by default). */
    private static final String LP_SOLVER = System.getProperty("agora.sortition.lp", "GLOP");

    private final SortitionInstance instance;
    private final Options options;
    private final ProgressListener listener;
    private final CancellationToken token;
    private final List<int[]> panels = new ArrayList<>();
    private final Set<BitSet> seen = new HashSet<>();
    private int fixedCount;

    private Leximin(SortitionInstance instance, Options options, ProgressListener listener, CancellationToken token) {
        this.instance = instance;
        this.options = options;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.token = token == null ? CancellationToken.NONE : token;
    }

    /** Runs LEXIMIN with default options. */
    public static SortitionResult solve(SortitionInstance instance) throws InfeasibleQuotasException {
        return solve(instance, Options.defaults(), ProgressListener.NONE, CancellationToken.NONE);
    }

    /**
     * Runs LEXIMIN.
     *
     * @throws InfeasibleQuotasException  when no feasible panel exists (with explanation and relaxation)
     * @throws SortitionCancelledException when the token is cancelled
     */
    public static SortitionResult solve(SortitionInstance instance, Options options, ProgressListener listener,
                                        CancellationToken token) throws InfeasibleQuotasException {
        return solve(instance, options, listener, token, true);
    }

    /**
     * Runs LEXIMIN, over agent types ({@link TypedLeximin}) when {@code allowTypes} is set and aggregation is
     * exact and smaller (no multi-person household, fewer types than agents), else per agent.
     */
    static SortitionResult solve(SortitionInstance instance, Options options, ProgressListener listener,
                                 CancellationToken token, boolean allowTypes) throws InfeasibleQuotasException {
        if (allowTypes) {
            TypeAggregation types = TypeAggregation.of(instance);
            if (types.reduces()) {
                return new TypedLeximin(types, options, listener, token).run();
            }
        }
        return new Leximin(instance, options, listener, token).run();
    }

    private SortitionResult run() throws InfeasibleQuotasException {
        long start = System.nanoTime();
        PanelIlp.loadNative();
        int n = instance.n();
        double[] fixed;
        try (PanelIlp ilp = new PanelIlp(instance)) {
            if (ilp.maximise(new double[n]) == null) {
                throw new InfeasibleQuotasException(Feasibility.analyse(instance).orElseThrow());
            }
            warmStart(ilp);
            fixed = outerLoop(ilp);
        }
        listener.progress(ProgressListener.Phase.FINAL_LP, panels.size(), n, n);
        token.check();
        double[] x = finalLp(fixed);
        List<int[]> support = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        double total = 0;
        for (int p = 0; p < panels.size(); p++) {
            double v = Math.min(1, Math.max(0, x[p]));
            if (v > 1e-9) {
                support.add(panels.get(p));
                w.add(v);
                total += v;
            }
        }
        double[] weights = new double[support.size()];
        double[] marginals = new double[n];
        for (int p = 0; p < weights.length; p++) {
            weights[p] = w.get(p) / total;
            for (int i : support.get(p)) {
                marginals[i] += weights[p];
            }
        }
        listener.progress(ProgressListener.Phase.DONE, panels.size(), n, n);
        return new SortitionResult("leximin", marginals, fixed, support, weights, panels.size(),
                (System.nanoTime() - start) / 1e9);
    }

    private boolean add(int[] panel) {
        BitSet key = new BitSet(instance.n());
        for (int i : panel) {
            key.set(i);
        }
        if (seen.add(key)) {
            panels.add(panel);
            return true;
        }
        return false;
    }

    private void warmStart(PanelIlp ilp) {
        int n = instance.n();
        SplittableRandom random = new SplittableRandom(options.seed());
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.99 + 0.01 * random.nextDouble();
        }
        boolean[] covered = new boolean[n];
        int coveredCount = 0;
        int maxRounds = options.warmStartMaxRounds() > 0 ? options.warmStartMaxRounds() : n;
        int patience = Math.max(1, options.warmStartPatience());
        int sinceNew = 0;
        int coveredAt = -1;
        for (int round = 0; round < maxRounds; round++) {
            token.check();
            int[] panel = ilp.maximise(w);
            if (add(panel)) {
                sinceNew = 0;
                for (int i : panel) {
                    w[i] *= 0.8;
                    if (!covered[i]) {
                        covered[i] = true;
                        coveredCount++;
                    }
                }
            } else {
                sinceNew++;
                for (int i = 0; i < n; i++) {
                    w[i] = 0.9 * w[i] + 0.1;
                }
            }
            double sum = 0;
            for (double v : w) {
                sum += v;
            }
            for (int i = 0; i < n; i++) {
                w[i] *= n / sum;
            }
            if (coveredCount == n && coveredAt < 0) {
                coveredAt = round;
            }
            if (round % 10 == 0) {
                listener.progress(ProgressListener.Phase.WARM_START, panels.size(), 0, n);
            }
            if (sinceNew >= patience || (coveredAt >= 0 && round - coveredAt >= patience)) {
                break;
            }
        }
        // greedy cover of the agents the weights did not reach
        while (coveredCount < n) {
            token.check();
            double[] target = new double[n];
            for (int i = 0; i < n; i++) {
                target[i] = covered[i] ? 0 : 1;
            }
            int[] panel = ilp.maximise(target);
            int gained = 0;
            for (int i : panel) {
                if (!covered[i]) {
                    covered[i] = true;
                    gained++;
                }
            }
            if (gained == 0) {
                break; // the remaining agents belong to no feasible panel: probability 0
            }
            coveredCount += gained;
            add(panel);
            listener.progress(ProgressListener.Phase.WARM_START, panels.size(), 0, n);
        }
    }

    private double[] outerLoop(PanelIlp ilp) {
        int n = instance.n();
        double eps = options.eps();
        double[] fixed = new double[n];
        boolean[] isFixed = new boolean[n];
        MPSolver lp = MPSolver.createSolver(LP_SOLVER);
        try {
            MPVariable[] y = new MPVariable[n];
            for (int i = 0; i < n; i++) {
                y[i] = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "y" + i);
            }
            MPVariable yhat = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "yhat");
            MPConstraint unfixedSum = lp.makeConstraint(1, 1, "sum");
            for (int i = 0; i < n; i++) {
                unfixedSum.setCoefficient(y[i], 1);
            }
            for (int[] panel : panels) {
                addRow(lp, y, yhat, panel);
            }
            MPObjective objective = lp.objective();
            objective.setCoefficient(yhat, 1);
            objective.setMinimization();
            double[] weights = new double[n];
            int lowered = 0;
            while (fixedCount < n) {
                token.check();
                MPSolver.ResultStatus status = lp.solve();
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    // GLOP's incremental re-solve occasionally stalls: retry from scratch first
                    lp.reset();
                    status = lp.solve();
                    if (DEBUG) {
                        System.err.println("dual LP retry status " + status + " fixed " + fixedCount + " panels "
                                + panels.size());
                    }
                }
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    // round-off made the fixed probabilities jointly unreachable: lower them slightly
                    if (++lowered > 100) {
                        throw new IllegalStateException("LP dual LEXIMIN : statut " + status);
                    }
                    for (int i = 0; i < n; i++) {
                        if (isFixed[i]) {
                            fixed[i] = Math.max(0, fixed[i] - 1e-4);
                            objective.setCoefficient(y[i], -fixed[i]);
                        }
                    }
                    continue;
                }
                double upper = yhat.solutionValue();
                double level = objective.value();
                double maxY = 0;
                for (int i = 0; i < n; i++) {
                    weights[i] = Math.max(0, y[i].solutionValue());
                    if (!isFixed[i]) {
                        maxY = Math.max(maxY, weights[i]);
                    }
                }
                int[] panel = ilp.maximise(weights);
                double value = 0;
                for (int i : panel) {
                    value += weights[i];
                }
                if (value > upper + eps && add(panel)) {
                    addRow(lp, y, yhat, panel);
                } else {
                    // level reached; vertex duals can be tiny everywhere on large pools, so never let the
                    // threshold exceed half the largest unfixed dual (progress is guaranteed)
                    double threshold = Math.min(eps, maxY / 2);
                    double p = Math.max(0, Math.min(1, level));
                    for (int i = 0; i < n; i++) {
                        if (!isFixed[i] && weights[i] > threshold) {
                            isFixed[i] = true;
                            fixed[i] = p;
                            fixedCount++;
                            unfixedSum.setCoefficient(y[i], 0);
                            objective.setCoefficient(y[i], -p);
                        }
                    }
                }
                listener.progress(ProgressListener.Phase.COLUMN_GENERATION, panels.size(), fixedCount, n);
            }
        } finally {
            lp.delete();
        }
        return fixed;
    }

    private static void addRow(MPSolver lp, MPVariable[] y, MPVariable yhat, int[] panel) {
        MPConstraint row = lp.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
        for (int i : panel) {
            row.setCoefficient(y[i], 1);
        }
        row.setCoefficient(yhat, -1);
    }

    private double[] finalLp(double[] fixed) {
        int n = instance.n();
        MPSolver lp = MPSolver.createSolver(LP_SOLVER);
        try {
            MPVariable[] x = new MPVariable[panels.size()];
            MPVariable slack = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "eps");
            MPConstraint sum = lp.makeConstraint(1, 1, "sum");
            MPConstraint[] rows = new MPConstraint[n];
            for (int i = 0; i < n; i++) {
                rows[i] = lp.makeConstraint(fixed[i], Double.POSITIVE_INFINITY, "a" + i);
                rows[i].setCoefficient(slack, 1);
            }
            for (int p = 0; p < panels.size(); p++) {
                x[p] = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "x" + p);
                sum.setCoefficient(x[p], 1);
                for (int i : panels.get(p)) {
                    rows[i].setCoefficient(x[p], 1);
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
