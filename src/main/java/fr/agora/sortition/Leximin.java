package fr.agora.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * LEXIMIN selection (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 596, 2021): among all
 * distributions over feasible panels, maximise the lowest selection probability, then the second
 * lowest, and so on.
 *
 * <p>Column generation as in the reference implementation, per agent: the columns are panels
 * (sets of agents), priced by the max-weight feasible panel ({@link PanelIlp}, which also enforces the
 * household constraints). The algorithm (warm start, restricted dual LP with fixing, final LP) and why it
 * is correct are described in {@link LeximinColumnGeneration}, which runs it over groups of agents; here
 * every agent is a group of its own.
 *
 * <p>Without household constraints, agents counting towards the same quotas are interchangeable and the
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
     * @param warmStartMaxRounds cap on warm-start pricing calls; {@code <= 0} means the number of groups
     *                           (n per agent, the number of types on the typed path)
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

    private final SortitionInstance instance;
    private final Options options;
    private final ProgressListener listener;
    private final CancellationToken token;

    private Leximin(SortitionInstance instance, Options options, ProgressListener listener, CancellationToken token) {
        this.instance = instance;
        this.options = options;
        this.listener = listener;
        this.token = token;
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
        int[][] agentQuotas = new int[n][];
        int[] households = new int[n];
        for (int i = 0; i < n; i++) {
            agentQuotas[i] = instance.agentQuotas(i);
            households[i] = instance.householdOf(i);
        }
        LeximinColumnGeneration generation = new LeximinColumnGeneration(instance,
                LeximinColumnGeneration.singletons(n), agentQuotas, households, options, listener, token);
        double[] fixed;
        try (PanelIlp ilp = new PanelIlp(instance)) {
            fixed = generation.generate(weights -> {
                int[] panel = ilp.maximise(weights);
                return panel == null ? null : LeximinColumnGeneration.Column.ofMembers(panel);
            });
        }
        double[] x = generation.distribution(fixed);
        List<LeximinColumnGeneration.Column> columns = generation.columns();
        List<int[]> support = new ArrayList<>();
        for (int p = 0; p < x.length; p++) {
            if (x[p] > 0) {
                support.add(columns.get(p).groups()); // a column's groups are the panel's members
            }
        }
        double[] weights = Arrays.stream(x).filter(v -> v > 0).toArray();
        double[] marginals = new double[n];
        for (int p = 0; p < weights.length; p++) {
            for (int i : support.get(p)) {
                marginals[i] += weights[p];
            }
        }
        generation.done();
        return new SortitionResult("leximin", marginals, fixed, support, weights, columns.size(),
                (System.nanoTime() - start) / 1e9);
    }
}
