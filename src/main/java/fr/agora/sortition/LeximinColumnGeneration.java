package fr.agora.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The LEXIMIN column generation of {@link Leximin} (per agent) and {@link TypedLeximin} (over agent types),
 * written once over <em>groups</em> of interchangeable agents: group g has s_g members who all get the same
 * probability p_g, and a column (a feasible panel) is a count vector c with {@code 0 <= c_g <= s_g}. An agent
 * is a group of size 1 and a panel its 0/1 membership vector; a type is a group of its size and a count
 * vector a type-panel. A member of group g is selected with probability {@code E[c_g] / s_g}. The caller
 * supplies the group sizes and the pricing oracle ({@link Pricing}: {@link PanelIlp} or {@link TypeIlp}) and
 * turns the resulting distribution over columns into agent panels.
 *
 * <p>The algorithm (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 596, 2021), as in the reference
 * implementation:
 * <ol>
 *   <li>Warm start: multiplicative weights on the groups (seeded weights in [0.99, 1), the weight of one
 *       member of the group; a new column multiplies the weights of the groups it takes members from by 0.8,
 *       a repeated one pulls all weights towards 1; the weights are rescaled so that the members' weights sum
 *       to n), bounded: at most {@link Leximin.Options#warmStartMaxRounds()} rounds (default: the number
 *       of groups), and stopped {@link Leximin.Options#warmStartPatience()} rounds after every group is covered
 *       or after that many rounds without a new column. The first column comes from the pricing ILP, the next
 *       ones from the {@link LocalSearch} started at the generated column of highest weight (much cheaper than
 *       the ILP, and any feasible column serves a warm start). Groups still uncovered are then covered greedily
 *       with the ILP (a column maximising the number of uncovered groups it takes members from); groups no
 *       feasible panel can contain end at probability 0.</li>
 *   <li>Outer loop, one LEXIMIN level per round, on the restricted master LP ({@link Master}, GLOP)
 *       {@code max z} s.t. {@code sum_c x_c c_g / s_g >= z} per unfixed group, {@code >= p_g} per fixed one,
 *       {@code sum_c x_c = 1}, whose row duals {@code y} are the solution of the restricted dual LP
 *       {@code min yhat - sum_{g fixed} p_g y_g} s.t. {@code sum_g (c_g / s_g) y_g <= yhat} per generated
 *       column c, {@code sum_{g unfixed} y_g = 1}, {@code y >= 0} (one row per group rather than one per
 *       column). Pricing, with weight {@code y_g / s_g} per member of group g: first the {@link LocalSearch}
 *       from the {@link #LOCAL_STARTS} generated columns of highest weight, adding every new column whose
 *       weight exceeds {@code yhat + EPS} (many columns per LP solve); only when it finds none, the exact
 *       max-weight feasible column (ILP): if it violates its dual constraint by more than EPS it is added;
 *       otherwise every unfixed group with {@code y_g > EPS} is fixed at the LP value (a positive dual means
 *       the group's constraint is tight in every optimal primal solution). Fixing therefore always follows an
 *       exact pricing, as in the reference implementation, so the heuristic changes the speed, not the
 *       result. The master holds only part of the generated columns (the pool): GLOP, driven through MPSolver,
 *       re-solves from scratch after a fix, so the master is then rebuilt on the columns of the current solution
 *       and those within {@link #PRUNE} of the best column's weight; at every iteration, pooled columns whose
 *       weight exceeds the master's {@code yhat + EPS} return to it, in the same LP round as the local search's
 *       columns. {@code yhat} is taken over the master's columns, so the exact pricing test is unchanged.</li>
 *   <li>Final LP: {@code min eps} s.t. {@code sum_c x_c = 1}, {@code sum_c x_c c_g / s_g >= p_g - eps};
 *       x is clipped to [0, 1], entries not above 1e-9 dropped and the rest renormalised.</li>
 * </ol>
 * With groups of size 1 this is exactly the per-agent algorithm (every coefficient {@code c_g / s_g} and
 * pricing weight {@code y_g / s_g} is then computed exactly); why solving over types is exact is explained
 * in {@link TypedLeximin}.
 *
 * <p>Columns are de-duplicated on their content ({@link Column} is canonical: groups increasing, counts
 * positive). Progress is reported in agents: a fixed group counts for its size. Cancellation
 * ({@link CancellationToken#check()}) is checked at every warm-start round, every dual-LP iteration and before
 * the final LP. Deterministic for a given seed and solver build; one instance per run.
 */
final class LeximinColumnGeneration {

    private static final boolean DEBUG = Boolean.getBoolean("agora.sortition.debug");
    /** LP backend of OR-Tools' MPSolver for the dual and final LPs (GLOP by default). */
    private static final String LP_SOLVER = System.getProperty("agora.sortition.lp", "GLOP");
    /** Solver-specific parameters of the dual LP (GLOP: text-format GlopParameters). */
    private static final String LP_PARAMETERS = System.getProperty("agora.sortition.lpParameters", "");
    /** Columns started from by the local search at each dual-LP iteration (0: exact pricing only). */
    private static final int LOCAL_STARTS = Integer.getInteger("agora.sortition.localStarts", 60);
    /**
     * When a level is fixed, the master LP is rebuilt (GLOP re-solves from scratch anyway) with only the columns of
     * the current solution and those within this relative distance of the best column's weight; the others stay in
     * the pool and come back as soon as their weight exceeds the master's best (negative: never rebuild).
     */
    private static final double PRUNE = Double.parseDouble(System.getProperty("agora.sortition.prune", "0.02"));

    /**
     * A feasible panel as a sparse count vector: the groups it takes members from, in increasing order, and
     * how many from each (positive). Equality is by content.
     */
    record Column(int[] groups, int[] counts) {

        /** A panel of distinct agents (groups of size 1), given as sorted agent indexes. */
        static Column ofMembers(int[] members) {
            int[] ones = new int[members.length];
            Arrays.fill(ones, 1);
            return new Column(members, ones);
        }

        /** A dense count vector (one entry per group). */
        static Column ofCounts(int[] dense) {
            int size = 0;
            for (int c : dense) {
                if (c > 0) {
                    size++;
                }
            }
            int[] groups = new int[size];
            int[] counts = new int[size];
            int j = 0;
            for (int g = 0; g < dense.length; g++) {
                if (dense[g] > 0) {
                    groups[j] = g;
                    counts[j++] = dense[g];
                }
            }
            return new Column(groups, counts);
        }

        /** The dense count vector over {@code groupCount} groups. */
        int[] dense(int groupCount) {
            int[] dense = new int[groupCount];
            for (int j = 0; j < groups.length; j++) {
                dense[groups[j]] = counts[j];
            }
            return dense;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Column other && Arrays.equals(groups, other.groups)
                    && Arrays.equals(counts, other.counts);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(groups) + Arrays.hashCode(counts);
        }

        @Override
        public String toString() {
            return "Column" + Arrays.toString(groups) + "x" + Arrays.toString(counts);
        }
    }

    /** The pricing oracle: the max-weight feasible panel. */
    @FunctionalInterface
    interface Pricing {

        /**
         * A feasible column maximising {@code sum_g weights[g] * c_g} ({@code weights[g]} is the weight of one
         * member of group g), or {@code null} when no feasible panel exists.
         */
        Column maximise(double[] weights);
    }

    private final SortitionInstance instance;
    private final int[] sizes;
    private final int agents;
    private final Leximin.Options options;
    private final ProgressListener listener;
    private final CancellationToken token;
    private final LocalSearch search;
    private final List<Column> columns = new ArrayList<>();
    /** Index in {@link #columns} of every generated column. */
    private final Map<Column, Integer> seen = new HashMap<>();
    /** The columns ({@link #columns} indexes) in the current master LP. */
    private final BitSet inMaster = new BitSet();
    private int fixedGroups;
    private int fixedAgents;
    private long lpNanos;
    private int lpSolves;
    private long pricingNanos;
    private int pricingCalls;
    private long searchNanos;
    private int searchRounds;
    private int pricedColumns;
    private int rebuilds;

    /**
     * @param instance the instance (for the infeasibility report and the pool size)
     * @param sizes    size of every group; they sum to {@code instance.n()}
     * @param groupQuotas    the quotas every member of a group counts towards
     * @param groupHousehold the multi-person household of a group of one agent, or -1 (groups of several
     *                       agents are only used without households)
     * @param listener progress listener, or {@code null}
     * @param token    cancellation token, or {@code null}
     */
    LeximinColumnGeneration(SortitionInstance instance, int[] sizes, int[][] groupQuotas, int[] groupHousehold,
                            Leximin.Options options, ProgressListener listener, CancellationToken token) {
        this.instance = instance;
        this.sizes = sizes;
        this.search = new LocalSearch(instance, sizes, groupQuotas, groupHousehold);
        this.agents = instance.n();
        this.options = options;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.token = token == null ? CancellationToken.NONE : token;
    }

    /** Sizes of {@code n} groups of one agent each. */
    static int[] singletons(int n) {
        int[] sizes = new int[n];
        Arrays.fill(sizes, 1);
        return sizes;
    }

    /**
     * Checks feasibility, runs the warm start and the outer loop; the pricing oracle is not used afterwards
     * (the caller may release it before {@link #distribution}).
     *
     * @return the LEXIMIN probability of a member of each group
     * @throws InfeasibleQuotasException  when no feasible panel exists (with explanation and relaxation)
     * @throws SortitionCancelledException when the token is cancelled
     */
    double[] generate(Pricing pricing) throws InfeasibleQuotasException {
        if (pricing.maximise(new double[sizes.length]) == null) {
            throw new InfeasibleQuotasException(Feasibility.analyse(instance).orElseThrow());
        }
        warmStart(pricing);
        return outerLoop(pricing);
    }

    /**
     * Solves the final LP for the probabilities {@code fixed} returned by {@link #generate}.
     *
     * @return the weight of every generated column ({@link #columns()} order): clipped to [0, 1], 0 when not
     *         above 1e-9, the others normalised to sum 1
     */
    double[] distribution(double[] fixed) {
        listener.progress(ProgressListener.Phase.FINAL_LP, columns.size(), agents, agents);
        token.check();
        double[] x = finalLp(fixed);
        double total = 0;
        for (int p = 0; p < x.length; p++) {
            double v = Math.min(1, Math.max(0, x[p]));
            x[p] = v > 1e-9 ? v : 0;
            total += x[p];
        }
        for (int p = 0; p < x.length; p++) {
            if (x[p] > 0) {
                x[p] /= total;
            }
        }
        return x;
    }

    /** Reports the end of the computation (after the caller has built its result). */
    void done() {
        listener.progress(ProgressListener.Phase.DONE, columns.size(), agents, agents);
    }

    /** The distinct columns generated so far, in generation order. */
    List<Column> columns() {
        return columns;
    }

    private boolean add(Column column) {
        if (seen.putIfAbsent(column, columns.size()) == null) {
            columns.add(column);
            return true;
        }
        return false;
    }

    /**
     * Adds a column to the pool if new and to the master LP if not there yet.
     *
     * @return whether the master LP gained a column
     */
    private boolean addToMaster(Column column, Master master) {
        add(column);
        int p = seen.get(column);
        if (inMaster.get(p)) {
            return false;
        }
        master.add(p);
        return true;
    }

    private void warmStart(Pricing pricing) {
        int count = sizes.length;
        SplittableRandom random = new SplittableRandom(options.seed());
        double[] w = new double[count]; // weight of each member of the group
        for (int g = 0; g < count; g++) {
            w[g] = 0.99 + 0.01 * random.nextDouble();
        }
        boolean[] covered = new boolean[count];
        int coveredCount = 0;
        int maxRounds = options.warmStartMaxRounds() > 0 ? options.warmStartMaxRounds() : count;
        int patience = Math.max(1, options.warmStartPatience());
        int sinceNew = 0;
        int coveredAt = -1;
        for (int round = 0; round < maxRounds; round++) {
            token.check();
            Column column = columns.isEmpty() || LOCAL_STARTS <= 0 ? pricing.maximise(w) : climbFromBest(w);
            if (add(column)) {
                sinceNew = 0;
                for (int g : column.groups()) {
                    w[g] *= 0.8;
                    if (!covered[g]) {
                        covered[g] = true;
                        coveredCount++;
                    }
                }
            } else {
                sinceNew++;
                for (int g = 0; g < count; g++) {
                    w[g] = 0.9 * w[g] + 0.1;
                }
            }
            double sum = 0;
            for (int g = 0; g < count; g++) {
                sum += w[g] * sizes[g];
            }
            for (int g = 0; g < count; g++) {
                w[g] *= agents / sum;
            }
            if (coveredCount == count && coveredAt < 0) {
                coveredAt = round;
            }
            if (round % 10 == 0) {
                listener.progress(ProgressListener.Phase.WARM_START, columns.size(), 0, agents);
            }
            if (sinceNew >= patience || (coveredAt >= 0 && round - coveredAt >= patience)) {
                break;
            }
        }
        // greedy cover of the groups the weights did not reach
        while (coveredCount < count) {
            token.check();
            double[] target = new double[count];
            for (int g = 0; g < count; g++) {
                target[g] = covered[g] ? 0 : 1;
            }
            Column column = pricing.maximise(target);
            int gained = 0;
            for (int g : column.groups()) {
                if (!covered[g]) {
                    covered[g] = true;
                    gained++;
                }
            }
            if (gained == 0) {
                break; // the remaining groups belong to no feasible panel: probability 0
            }
            coveredCount += gained;
            add(column);
            listener.progress(ProgressListener.Phase.WARM_START, columns.size(), 0, agents);
        }
    }

    /**
     * The restricted master LP, kept between iterations: {@code max z} s.t. {@code sum_c x_c (c_g / s_g) - z >= 0}
     * for every unfixed group, {@code >= p_g} for every fixed one, {@code sum_c x_c = 1}, {@code x >= 0}. Its row
     * duals are the dual LP's {@code y}; a new column is a new variable, so the previous basis stays feasible and
     * the LP has one row per group instead of one per column.
     */
    private final class Master {

        private final MPSolver lp = MPSolver.createSolver(LP_SOLVER);
        private final MPVariable z;
        private final MPConstraint[] rows;
        private final MPConstraint convexity;
        /** The {@link #columns} indexes of this LP's columns, and their variables. */
        private final List<Integer> active = new ArrayList<>();
        private final List<MPVariable> x = new ArrayList<>();

        /** A master over the given columns, with the given groups fixed. */
        Master(Iterable<Integer> keep, boolean[] isFixed, double[] fixed) {
            if (!LP_PARAMETERS.isEmpty() && !lp.setSolverSpecificParametersAsString(LP_PARAMETERS)) {
                throw new IllegalStateException("paramètres LP refusés : " + LP_PARAMETERS);
            }
            z = lp.makeNumVar(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "z");
            rows = new MPConstraint[sizes.length];
            for (int g = 0; g < sizes.length; g++) {
                if (isFixed[g]) {
                    rows[g] = lp.makeConstraint(fixed[g], Double.POSITIVE_INFINITY, "g" + g);
                } else {
                    rows[g] = lp.makeConstraint(0, Double.POSITIVE_INFINITY, "g" + g);
                    rows[g].setCoefficient(z, -1);
                }
            }
            convexity = lp.makeConstraint(1, 1, "sum");
            lp.objective().setCoefficient(z, -1);
            lp.objective().setMinimization();
            inMaster.clear();
            for (int p : keep) {
                add(p);
            }
        }

        void add(int p) {
            Column column = columns.get(p);
            MPVariable v = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "");
            convexity.setCoefficient(v, 1);
            int[] groups = column.groups();
            int[] counts = column.counts();
            for (int j = 0; j < groups.length; j++) {
                rows[groups[j]].setCoefficient(v, (double) counts[j] / sizes[groups[j]]);
            }
            active.add(p);
            x.add(v);
            inMaster.set(p);
        }

        void fix(int g, double p) {
            rows[g].setCoefficient(z, 0);
            rows[g].setLb(p);
        }

        void delete() {
            lp.delete();
        }
    }

    private double[] outerLoop(Pricing pricing) {
        int count = sizes.length;
        double eps = options.eps();
        double[] fixed = new double[count];
        boolean[] isFixed = new boolean[count];
        Master master = new Master(java.util.stream.IntStream.range(0, columns.size()).boxed().toList(), isFixed,
                fixed);
        try {
            double[] duals = new double[count];
            double[] weights = new double[count]; // pricing weight of one member of each group
            int lowered = 0;
            while (fixedGroups < count) {
                token.check();
                long lpStart = cpuNanos();
                MPSolver.ResultStatus status = master.lp.solve();
                lpNanos += cpuNanos() - lpStart;
                lpSolves++;
                if (DEBUG) {
                    System.err.printf(java.util.Locale.ROOT, "LP solve %d: %.3f s, %d iterations, %d of %d columns,"
                            + " %d fixed%n", lpSolves, (cpuNanos() - lpStart) / 1e9, master.lp.iterations(),
                            master.active.size(), columns.size(), fixedGroups);
                }
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    // GLOP's incremental re-solve occasionally stalls: retry from scratch first
                    master.lp.reset();
                    status = master.lp.solve();
                    if (DEBUG) {
                        System.err.println("master LP retry status " + status + " fixed " + fixedGroups + "/"
                                + count + " groups, " + columns.size() + " columns");
                    }
                }
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    // round-off made the fixed probabilities jointly unreachable: lower them slightly
                    if (++lowered > 100) {
                        throw new IllegalStateException("LP LEXIMIN : statut " + status);
                    }
                    for (int g = 0; g < count; g++) {
                        if (isFixed[g]) {
                            fixed[g] = Math.max(0, fixed[g] - 1e-4);
                            master.rows[g].setLb(fixed[g]);
                        }
                    }
                    continue;
                }
                double level = master.z.solutionValue();
                double maxY = 0;
                for (int g = 0; g < count; g++) {
                    duals[g] = Math.max(0, master.rows[g].dualValue());
                    weights[g] = duals[g] / sizes[g];
                    if (!isFixed[g]) {
                        maxY = Math.max(maxY, duals[g]);
                    }
                }
                // the dual LP's yhat: the highest weight of a column of the master
                double upper = 0;
                for (int p : master.active) {
                    upper = Math.max(upper, value(columns.get(p), weights));
                }
                int returned = 0;
                if (master.active.size() < columns.size()) {
                    // pooled columns left out of the master that now improve it come back
                    int back = 0;
                    for (int p = 0; p < columns.size(); p++) {
                        if (!inMaster.get(p) && value(columns.get(p), weights) > upper + eps) {
                            master.add(p);
                            back++;
                        }
                    }
                    returned += back;
                }
                if (LOCAL_STARTS > 0) {
                    long searchStart = cpuNanos();
                    int found = searchColumns(weights, upper + eps, master);
                    searchNanos += cpuNanos() - searchStart;
                    if (found > 0) {
                        searchRounds++;
                    }
                    returned += found;
                }
                if (returned > 0) {
                    listener.progress(ProgressListener.Phase.COLUMN_GENERATION, columns.size(), fixedAgents, agents);
                    continue;
                }
                long pricingStart = cpuNanos();
                Column column = pricing.maximise(weights);
                pricingNanos += cpuNanos() - pricingStart;
                pricingCalls++;
                if (value(column, weights) > upper + eps && addToMaster(column, master)) {
                    pricedColumns++;
                } else {
                    // level reached; vertex duals can be tiny everywhere on large pools, so never let the
                    // threshold exceed half the largest unfixed dual (progress is guaranteed)
                    double threshold = Math.min(eps, maxY / 2);
                    // read before fixing (a model change discards MPSolver's solution)
                    List<Integer> keep = new ArrayList<>();
                    for (int a = 0; a < master.active.size(); a++) {
                        int c = master.active.get(a);
                        if (master.x.get(a).solutionValue() > 1e-12
                                || value(columns.get(c), weights) >= upper * (1 - PRUNE)) {
                            keep.add(c);
                        }
                    }
                    double p = Math.max(0, Math.min(1, level));
                    for (int g = 0; g < count; g++) {
                        if (!isFixed[g] && duals[g] > threshold) {
                            isFixed[g] = true;
                            fixed[g] = p;
                            fixedGroups++;
                            fixedAgents += sizes[g];
                            master.fix(g, p);
                        }
                    }
                    if (PRUNE >= 0 && fixedGroups < count) {
                        // GLOP re-solves from scratch after a fix: rebuild on the useful columns only
                        master.delete();
                        master = new Master(keep, isFixed, fixed);
                        rebuilds++;
                    }
                }
                listener.progress(ProgressListener.Phase.COLUMN_GENERATION, columns.size(), fixedAgents, agents);
            }
        } finally {
            master.delete();
        }
        if (DEBUG) {
            System.err.printf(java.util.Locale.ROOT, "master LP: %d solves %.2f s; pricing: %d calls %.2f s; local "
                    + "search: %d rounds with columns, %.2f s (thread CPU); %d columns, %d rebuilds%n", lpSolves,
                    lpNanos / 1e9, pricingCalls, pricingNanos / 1e9, searchRounds, searchNanos / 1e9, columns.size(),
                    rebuilds);
        }
        return fixed;
    }

    private static double value(Column column, double[] weights) {
        double v = 0;
        int[] groups = column.groups();
        int[] counts = column.counts();
        for (int j = 0; j < groups.length; j++) {
            v += weights[groups[j]] * counts[j];
        }
        return v;
    }

    /** Thread CPU time when debugging (the machine may be shared), else 0. */
    private static long cpuNanos() {
        return DEBUG ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : 0;
    }

    /** The local-search optimum from the generated column of highest weight. */
    private Column climbFromBest(double[] weights) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < columns.size(); p++) {
            double v = 0;
            int[] groups = columns.get(p).groups();
            int[] counts = columns.get(p).counts();
            for (int j = 0; j < groups.length; j++) {
                v += weights[groups[j]] * counts[j];
            }
            if (v > bestValue) {
                bestValue = v;
                best = p;
            }
        }
        int[] dense = columns.get(best).dense(sizes.length);
        search.improve(dense, weights, LocalSearch.byDecreasingWeight(weights));
        return Column.ofCounts(dense);
    }

    /**
     * Heuristic pricing: climbs ({@link LocalSearch}) from the {@link #LOCAL_STARTS} columns of highest weight and
     * adds every new column whose weight exceeds {@code limit}.
     *
     * @return how many columns were added
     */
    private int searchColumns(double[] weights, double limit, Master master) {
        int count = columns.size();
        double[] value = new double[count];
        Integer[] index = new Integer[count];
        for (int p = 0; p < count; p++) {
            index[p] = p;
            int[] groups = columns.get(p).groups();
            int[] counts = columns.get(p).counts();
            for (int j = 0; j < groups.length; j++) {
                value[p] += weights[groups[j]] * counts[j];
            }
        }
        Arrays.sort(index, (a, b) -> a.equals(b) ? 0 : value[a] != value[b] ? Double.compare(value[b], value[a])
                : Integer.compare(a, b));
        int[] order = LocalSearch.byDecreasingWeight(weights);
        int added = 0;
        for (int r = 0; r < Math.min(LOCAL_STARTS, count); r++) {
            int[] dense = columns.get(index[r]).dense(sizes.length);
            if (!search.improve(dense, weights, order)) {
                continue;
            }
            double v = 0;
            for (int g = 0; g < dense.length; g++) {
                v += weights[g] * dense[g];
            }
            if (v > limit && addToMaster(Column.ofCounts(dense), master)) {
                added++;
            }
        }
        return added;
    }

    private double[] finalLp(double[] fixed) {
        int count = sizes.length;
        MPSolver lp = MPSolver.createSolver(LP_SOLVER);
        try {
            MPVariable[] x = new MPVariable[columns.size()];
            MPVariable slack = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "eps");
            MPConstraint sum = lp.makeConstraint(1, 1, "sum");
            MPConstraint[] rows = new MPConstraint[count];
            for (int g = 0; g < count; g++) {
                rows[g] = lp.makeConstraint(fixed[g], Double.POSITIVE_INFINITY, "g" + g);
                rows[g].setCoefficient(slack, 1);
            }
            for (int p = 0; p < columns.size(); p++) {
                x[p] = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "x" + p);
                sum.setCoefficient(x[p], 1);
                int[] groups = columns.get(p).groups();
                int[] counts = columns.get(p).counts();
                for (int j = 0; j < groups.length; j++) {
                    rows[groups[j]].setCoefficient(x[p], (double) counts[j] / sizes[groups[j]]);
                }
            }
            lp.objective().setCoefficient(slack, 1);
            lp.objective().setMinimization();
            MPSolver.ResultStatus status = lp.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("LP final LEXIMIN : statut " + status);
            }
            double[] out = new double[columns.size()];
            for (int p = 0; p < out.length; p++) {
                out[p] = x[p].solutionValue();
            }
            return out;
        } finally {
            lp.delete();
        }
    }
}
