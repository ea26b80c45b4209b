package fr.agora.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feasibility of the quotas: finds a conflicting set of bounds (deletion filter: drop each bound in
 * turn and keep it dropped while the rest stays infeasible, which leaves an irreducible set) and the
 * minimal relaxation (integer program with one slack per min and per max, each bounded by the quota's
 * flexibility, minimising the total slack), as the Sortition Foundation library does.
 */
public final class Feasibility {

    private Feasibility() {
    }

    /** True when at least one feasible panel exists. */
    public static boolean isFeasible(SortitionInstance instance) {
        try (PanelIlp ilp = new PanelIlp(instance)) {
            return ilp.maximise(new double[instance.n()]) != null;
        }
    }

    /** Empty when the quotas are feasible, otherwise the explanation and relaxation. */
    public static Optional<InfeasibilityReport> analyse(SortitionInstance instance) {
        if (isFeasible(instance)) {
            return Optional.empty();
        }
        List<Quota> relaxed = relaxation(instance);
        return Optional.of(new InfeasibilityReport(conflicts(instance), relaxed, changes(instance, relaxed)));
    }

    private static List<String> changes(SortitionInstance instance, List<Quota> relaxed) {
        List<String> out = new ArrayList<>();
        if (relaxed == null) {
            return out;
        }
        for (int q = 0; q < relaxed.size(); q++) {
            Quota before = instance.quotas().get(q);
            Quota after = relaxed.get(q);
            if (after.min() != before.min()) {
                out.add(before.label() + " min " + before.min() + "→" + after.min());
            }
            if (after.max() != before.max()) {
                out.add(before.label() + " max " + before.max() + "→" + after.max());
            }
        }
        return out;
    }

    private static List<String> conflicts(SortitionInstance instance) {
        PanelIlp.loadNative();
        int nq = instance.quotas().size();
        MPSolver solver = MPSolver.createSolver("SCIP");
        try {
            solver.setNumThreads(1);
            MPVariable[] b = baseModel(solver, instance);
            MPConstraint[] rows = new MPConstraint[nq];
            for (int q = 0; q < nq; q++) {
                Quota quota = instance.quotas().get(q);
                rows[q] = solver.makeConstraint(quota.min(), quota.max(), "q" + q);
                for (int i : instance.quotaMembers(q)) {
                    rows[q].setCoefficient(b[i], 1);
                }
            }
            // bound 2q = min of quota q, 2q+1 = max of quota q
            boolean[] active = new boolean[2 * nq];
            for (int q = 0; q < nq; q++) {
                Quota quota = instance.quotas().get(q);
                active[2 * q] = quota.min() > 0;
                active[2 * q + 1] = quota.max() < Math.min(instance.k(), instance.quotaMembers(q).length);
            }
            apply(rows, active, instance);
            if (!infeasible(solver)) {
                return List.of("(aucun conflit identifié)");
            }
            for (int j = 0; j < active.length; j++) {
                if (!active[j]) {
                    continue;
                }
                active[j] = false;
                apply(rows, active, instance);
                if (!infeasible(solver)) {
                    active[j] = true;
                }
            }
            List<String> out = new ArrayList<>();
            for (int j = 0; j < active.length; j++) {
                if (active[j]) {
                    Quota quota = instance.quotas().get(j / 2);
                    out.add(quota.label() + (j % 2 == 0 ? " min " + quota.min() : " max " + quota.max()));
                }
            }
            if (out.isEmpty()) {
                out.add("trop peu de foyers distincts pour " + instance.k() + " sièges");
            } else {
                out.add("taille " + instance.k());
            }
            return out;
        } finally {
            solver.delete();
        }
    }

    /**
     * The minimal relaxation of the quotas within their flexibility bounds, or {@code null} if none.
     * The returned quotas are feasible (a panel exists) by construction.
     */
    public static List<Quota> relaxation(SortitionInstance instance) {
        PanelIlp.loadNative();
        MPSolver solver = MPSolver.createSolver("SCIP");
        try {
            solver.setNumThreads(1);
            MPVariable[] b = baseModel(solver, instance);
            int nq = instance.quotas().size();
            MPVariable[] lo = new MPVariable[nq];
            MPVariable[] hi = new MPVariable[nq];
            MPObjective objective = solver.objective();
            for (int q = 0; q < nq; q++) {
                Quota quota = instance.quotas().get(q);
                lo[q] = solver.makeIntVar(0, quota.min() - quota.minFlex(), "lo" + q);
                hi[q] = solver.makeIntVar(0, quota.maxFlex() - quota.max(), "hi" + q);
                MPConstraint lower = solver.makeConstraint(quota.min(), Double.POSITIVE_INFINITY, "l" + q);
                MPConstraint upper = solver.makeConstraint(Double.NEGATIVE_INFINITY, quota.max(), "u" + q);
                for (int i : instance.quotaMembers(q)) {
                    lower.setCoefficient(b[i], 1);
                    upper.setCoefficient(b[i], 1);
                }
                lower.setCoefficient(lo[q], 1);
                upper.setCoefficient(hi[q], -1);
                objective.setCoefficient(lo[q], 1);
                objective.setCoefficient(hi[q], 1);
            }
            objective.setMinimization();
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return null;
            }
            List<Quota> relaxed = new ArrayList<>();
            for (int q = 0; q < nq; q++) {
                Quota quota = instance.quotas().get(q);
                int l = (int) Math.round(lo[q].solutionValue());
                int h = (int) Math.round(hi[q].solutionValue());
                relaxed.add(quota.withBounds(quota.min() - l, quota.max() + h));
            }
            return relaxed;
        } finally {
            solver.delete();
        }
    }

    private static MPVariable[] baseModel(MPSolver solver, SortitionInstance instance) {
        int n = instance.n();
        MPVariable[] b = new MPVariable[n];
        MPConstraint size = solver.makeConstraint(instance.k(), instance.k(), "size");
        for (int i = 0; i < n; i++) {
            b[i] = solver.makeBoolVar("b" + i);
            size.setCoefficient(b[i], 1);
        }
        for (int[] household : instance.households()) {
            MPConstraint row = solver.makeConstraint(0, 1, "h");
            for (int i : household) {
                row.setCoefficient(b[i], 1);
            }
        }
        return b;
    }

    private static void apply(MPConstraint[] rows, boolean[] active, SortitionInstance instance) {
        for (int q = 0; q < rows.length; q++) {
            Quota quota = instance.quotas().get(q);
            rows[q].setBounds(active[2 * q] ? quota.min() : 0, active[2 * q + 1] ? quota.max() : instance.k());
        }
    }

    private static boolean infeasible(MPSolver solver) {
        MPSolver.ResultStatus status = solver.solve();
        return status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE;
    }
}
