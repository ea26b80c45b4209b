package fr.agora.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * {@link PanelIlp} over types: integer counts {@code c_t} in {@code 0..size(t)}, {@code sum c = k}, every
 * quota row on the counts (no household rows: the typed path is used only without households). SCIP,
 * single thread, relative gap 1e-7; only the objective changes between calls.
 */
final class TypeIlp implements AutoCloseable {

    private final MPSolver solver;
    private final MPVariable[] c;
    private final MPObjective objective;
    private final MPSolverParameters params;

    TypeIlp(TypeAggregation types) {
        PanelIlp.loadNative();
        SortitionInstance instance = types.instance();
        solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("solveur SCIP indisponible");
        }
        solver.setNumThreads(1);
        int count = types.count();
        c = new MPVariable[count];
        MPConstraint size = solver.makeConstraint(instance.k(), instance.k(), "size");
        MPConstraint[] rows = new MPConstraint[instance.quotas().size()];
        for (int q = 0; q < rows.length; q++) {
            Quota quota = instance.quotas().get(q);
            rows[q] = solver.makeConstraint(quota.min(), quota.max(), "q" + q);
        }
        for (int t = 0; t < count; t++) {
            c[t] = solver.makeIntVar(0, types.size(t), "c" + t);
            size.setCoefficient(c[t], 1);
            for (int q : types.quotas(t)) {
                rows[q].setCoefficient(c[t], 1);
            }
        }
        objective = solver.objective();
        objective.setMaximization();
        params = new MPSolverParameters();
        params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-7);
    }

    /**
     * A feasible count vector maximising {@code sum_t weights[t] * c_t}, or {@code null} when no feasible
     * panel exists.
     */
    int[] maximise(double[] weights) {
        for (int t = 0; t < c.length; t++) {
            objective.setCoefficient(c[t], weights[t]);
        }
        MPSolver.ResultStatus status = solver.solve(params);
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            return null;
        }
        int[] counts = new int[c.length];
        for (int t = 0; t < c.length; t++) {
            counts[t] = (int) Math.round(c[t].solutionValue());
        }
        return counts;
    }

    @Override
    public void close() {
        solver.delete();
    }
}
