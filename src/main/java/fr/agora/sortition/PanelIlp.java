package fr.agora.sortition;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

import java.util.ArrayList;
import java.util.List;

/**
 * The "max-weight feasible panel" integer program: binary b_i, {@code sum b = k}, every quota row,
 * at most one member per household. One model is built per instance; only the objective changes
 * between calls (SCIP through OR-Tools, single thread, relative gap 1e-7 so that the pricing test of the
 * column generation is not fooled by a sub-optimal panel).
 */
final class PanelIlp implements AutoCloseable {

    private static volatile boolean loaded;

    private final SortitionInstance instance;
    private final MPSolver solver;
    private final MPVariable[] b;
    private final MPObjective objective;
    private final MPSolverParameters params;

    /** Loads the OR-Tools native library once per JVM. */
    static void loadNative() {
        if (!loaded) {
            synchronized (PanelIlp.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    PanelIlp(SortitionInstance instance) {
        loadNative();
        this.instance = instance;
        solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("solveur SCIP indisponible");
        }
        solver.setNumThreads(1);
        int n = instance.n();
        b = new MPVariable[n];
        MPConstraint size = solver.makeConstraint(instance.k(), instance.k(), "size");
        for (int i = 0; i < n; i++) {
            b[i] = solver.makeBoolVar("b" + i);
            size.setCoefficient(b[i], 1);
        }
        for (int q = 0; q < instance.quotas().size(); q++) {
            Quota quota = instance.quotas().get(q);
            MPConstraint row = solver.makeConstraint(quota.min(), quota.max(), "q" + q);
            for (int i : instance.quotaMembers(q)) {
                row.setCoefficient(b[i], 1);
            }
        }
        for (int[] household : instance.households()) {
            MPConstraint row = solver.makeConstraint(0, 1, "h");
            for (int i : household) {
                row.setCoefficient(b[i], 1);
            }
        }
        objective = solver.objective();
        objective.setMaximization();
        params = new MPSolverParameters();
        params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-7);
    }

    /**
     * A feasible panel maximising {@code sum_{i in P} weights[i]}, as sorted agent indexes, or {@code null}
     * when no feasible panel exists.
     */
    int[] maximise(double[] weights) {
        for (int i = 0; i < b.length; i++) {
            objective.setCoefficient(b[i], weights[i]);
        }
        MPSolver.ResultStatus status = solver.solve(params);
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            return null;
        }
        List<Integer> members = new ArrayList<>(instance.k());
        for (int i = 0; i < b.length; i++) {
            if (b[i].solutionValue() > 0.5) {
                members.add(i);
            }
        }
        return members.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void close() {
        solver.delete();
    }
}
