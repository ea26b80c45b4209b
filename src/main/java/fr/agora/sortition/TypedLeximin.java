package fr.agora.sortition;

import java.util.ArrayList;
import java.util.List;

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
 * iterated max-min of {@link LeximinColumnGeneration}).
 *
 * <p>The algorithm is {@link Leximin}'s, run by {@link LeximinColumnGeneration} with the types as groups:
 * the columns are count vectors c, the LP variables the per-type probabilities p_t, a column's coefficient
 * for type t is {@code c_t / s_t}, and the pricing ({@link TypeIlp}) weighs one member of type t by
 * {@code y_t / s_t}. The support count vectors are expanded into agent panels by a seeded balanced rotation
 * within each type.
 */
final class TypedLeximin {

    private static final boolean DEBUG = Boolean.getBoolean("agora.sortition.debug");

    private final SortitionInstance instance;
    private final TypeAggregation types;
    private final Leximin.Options options;
    private final ProgressListener listener;
    private final CancellationToken token;

    TypedLeximin(TypeAggregation types, Leximin.Options options, ProgressListener listener,
                 CancellationToken token) {
        this.instance = types.instance();
        this.types = types;
        this.options = options;
        this.listener = listener;
        this.token = token;
    }

    SortitionResult run() throws InfeasibleQuotasException {
        long start = System.nanoTime();
        int n = instance.n();
        int count = types.count();
        int[] sizes = new int[count];
        for (int t = 0; t < count; t++) {
            sizes[t] = types.size(t);
        }
        int[][] typeQuotas = new int[count][];
        for (int t = 0; t < count; t++) {
            typeQuotas[t] = types.quotas(t);
        }
        int[] noHouseholds = new int[count];
        java.util.Arrays.fill(noHouseholds, -1);
        LeximinColumnGeneration generation = new LeximinColumnGeneration(instance, sizes, typeQuotas, noHouseholds,
                options, listener, token);
        double[] fixed;
        try (TypeIlp ilp = new TypeIlp(types)) {
            fixed = generation.generate(weights -> {
                int[] counts = ilp.maximise(weights);
                return counts == null ? null : LeximinColumnGeneration.Column.ofCounts(counts);
            });
        }
        double[] x = generation.distribution(fixed);
        List<LeximinColumnGeneration.Column> columns = generation.columns();
        int[][] orders = types.cyclicOrders(options.seed());
        List<int[]> support = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (int p = 0; p < x.length; p++) {
            if (x[p] > 0) {
                types.expand(columns.get(p).dense(count), x[p], orders, support, w);
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
            System.err.println("typed LEXIMIN: " + count + " types, " + columns.size() + " count vectors, "
                    + support.size() + " agent panels");
        }
        generation.done();
        return new SortitionResult("leximin", marginals, levels, support, weights, columns.size(),
                (System.nanoTime() - start) / 1e9);
    }
}
