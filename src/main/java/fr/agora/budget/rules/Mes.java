package fr.agora.budget.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Method of Equal Shares (Peters and Skowron 2020; equalshares.net), exact.
 *
 * <p>A run first uses doubles with the lazy evaluation of equalshares.net (affordabilities only grow,
 * so projects are evaluated in increasing order of their previous value and the scan stops early).
 * Every decision is checked against a relative margin of 1e-9, far above the rounding error: a
 * near-tie between projects whose supporters all pay a full share is settled exactly from integer
 * vote weights; any other near-tie, or a project whose supporters' money is within the margin of its
 * cost, makes the whole run restart in exact rational arithmetic. The result is therefore always the
 * exact one.
 */
final class Mes {

    static final double TOL = 1e-9;

    private final MesModel m;
    private final TieBreak.IntComparator tie;
    /** Counts exact fallbacks, for the benchmark. */
    int exactRuns;

    Mes(MesModel m, TieBreak.IntComparator tie) {
        this.m = m;
        this.tie = tie;
    }

    MesRun run(Rational b0, boolean record) {
        MesRun r = runDouble(b0, record);
        if (r == null) {
            exactRuns++;
            r = runExact(b0, record);
        }
        return r;
    }

    private int[] freeProjects() {
        int n = 0;
        int[] f = new int[m.in.projectCount];
        for (int p = 0; p < m.in.projectCount; p++) {
            if (m.weight[p] > 0 && m.in.cost[p] == 0) {
                f[n++] = p;
            }
        }
        return Arrays.copyOf(f, n);
    }

    MesRun runDouble(Rational b0, boolean record) {
        final PbInstance in = m.in;
        final int pc = in.projectCount;
        final int gc = in.groupCount;
        final int[] mult = in.mult;
        final double b0d = b0.doubleValue();
        final double[] bud = new double[gc];
        Arrays.fill(bud, b0d);
        final boolean[] touched = new boolean[gc];
        final double[] lb = new double[pc];
        int[] alive = new int[pc];
        int na = 0;
        for (int p = 0; p < pc; p++) {
            if (m.eligible(p)) {
                alive[na++] = p;
                lb[p] = m.costKey ? 1.0 / m.weight[p] : in.cost[p] / (double) m.weight[p];
            }
        }
        int[] free = freeProjects();
        int[] sel = Arrays.copyOf(free, free.length + na);
        double[] rhos = new double[sel.length];
        int ns = free.length;
        List<double[]> pays = record ? new ArrayList<>() : null;
        for (int i = 0; i < ns && record; i++) {
            pays.add(new double[gc]);
        }
        final int[] stamp = new int[gc];
        int st = 0;
        final double[] key = new double[pc];
        final double[] rhoOf = new double[pc];
        final boolean[] clean = new boolean[pc];
        final int[] evald = new int[pc];
        final int[] near = new int[pc];
        while (na > 0) {
            sortByKey(alive, na, lb);
            double best = Double.POSITIVE_INFINITY;
            int ne = 0;
            int w = 0;
            for (int i = 0; i < na; i++) {
                int p = alive[i];
                if (lb[p] > best * (1 + TOL)) {
                    // not evaluated this round: keep it and everything after it
                    System.arraycopy(alive, i, alive, w, na - i);
                    w += na - i;
                    break;
                }
                final int[] sg = m.supG[p];
                final long[] su = m.supU[p];
                final double c = in.cost[p];
                double tot = 0;
                boolean untouched = true;
                for (int g : sg) {
                    tot += mult[g] * bud[g];
                    untouched &= !touched[g];
                }
                if (tot < c * (1 - TOL)) {
                    continue; // unaffordable now, hence for the rest of the run
                }
                if (tot < c * (1 + TOL)) {
                    if (!untouched) {
                        return null;
                    }
                    // every supporter still holds exactly b0
                    if (b0.multiply(m.heads[p]).compareTo(Rational.of(in.cost[p])) < 0) {
                        continue;
                    }
                }
                alive[w++] = p;
                st++;
                double poorSum = 0;
                double richU = m.weight[p];
                double rho = c / richU;
                boolean anyPoor = false;
                while (true) {
                    boolean changed = false;
                    for (int k = 0; k < sg.length; k++) {
                        int g = sg[k];
                        if (stamp[g] != st) {
                            double u = su == null ? 1 : su[k];
                            if (bud[g] < rho * u) {
                                stamp[g] = st;
                                poorSum += mult[g] * bud[g];
                                richU -= mult[g] * u;
                                changed = true;
                            }
                        }
                    }
                    if (!changed) {
                        break;
                    }
                    anyPoor = true;
                    if (richU <= 0) {
                        return null;
                    }
                    rho = (c - poorSum) / richU;
                }
                boolean isClean = !anyPoor;
                if (isClean) {
                    double lim = rho * (1 + TOL);
                    for (int k = 0; k < sg.length; k++) {
                        if (bud[sg[k]] < lim * (su == null ? 1 : su[k])) {
                            isClean = false;
                            break;
                        }
                    }
                }
                double kv = m.costKey ? rho / c : rho;
                lb[p] = kv;
                key[p] = kv;
                rhoOf[p] = rho;
                clean[p] = isClean;
                evald[ne++] = p;
                if (kv < best) {
                    best = kv;
                }
            }
            na = w;
            if (ne == 0) {
                break;
            }
            int nn = 0;
            for (int i = 0; i < ne; i++) {
                if (key[evald[i]] <= best * (1 + TOL)) {
                    near[nn++] = evald[i];
                }
            }
            int chosen = near[0];
            if (nn > 1) {
                for (int i = 0; i < nn; i++) {
                    if (!clean[near[i]]) {
                        return null;
                    }
                }
                for (int i = 1; i < nn; i++) {
                    int q = near[i];
                    int c = compareCleanKeys(q, chosen);
                    if (c < 0 || c == 0 && tie.compare(q, chosen) < 0) {
                        chosen = q;
                    }
                }
            }
            double rho = rhoOf[chosen];
            final int[] sg = m.supG[chosen];
            final long[] su = m.supU[chosen];
            double[] pay = record ? new double[gc] : null;
            for (int k = 0; k < sg.length; k++) {
                int g = sg[k];
                double due = rho * (su == null ? 1 : su[k]);
                double paid;
                if (bud[g] <= due) {
                    paid = bud[g];
                    bud[g] = 0;
                } else {
                    paid = due;
                    bud[g] -= due;
                }
                touched[g] = true;
                if (record) {
                    pay[g] = paid;
                }
            }
            if (record) {
                pays.add(pay);
            }
            rhos[ns] = rho;
            sel[ns++] = chosen;
            for (int i = 0; i < na; i++) {
                if (alive[i] == chosen) {
                    System.arraycopy(alive, i + 1, alive, i, na - i - 1);
                    na--;
                    break;
                }
            }
        }
        return new MesRun(b0, Arrays.copyOf(sel, ns), Arrays.copyOf(rhos, ns), false, bud,
                record ? pays.toArray(new double[0][]) : null);
    }

    /** Exact comparison of the keys of two projects whose supporters all pay a full share. */
    private int compareCleanKeys(int a, int b) {
        if (m.costKey) {
            return Long.compare(m.weight[b], m.weight[a]); // key = 1 / weight
        }
        // key = cost / weight
        return mulCompare(m.in.cost[a], m.weight[b], m.in.cost[b], m.weight[a]);
    }

    static int mulCompare(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        if (hi1 != hi2) {
            return Long.compare(hi1, hi2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    private static void sortByKey(int[] a, int n, double[] key) {
        for (int i = 1; i < n; i++) {
            int v = a[i];
            double kv = key[v];
            int j = i - 1;
            while (j >= 0 && key[a[j]] > kv) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** The same algorithm in exact rational arithmetic; slow, used only after a near-tie. */
    MesRun runExact(Rational b0, boolean record) {
        final PbInstance in = m.in;
        final int pc = in.projectCount;
        final int gc = in.groupCount;
        final Rational[] bud = new Rational[gc];
        Arrays.fill(bud, b0);
        final boolean[] touched = new boolean[gc];
        final Rational[] lb = new Rational[pc];
        List<Integer> alive = new ArrayList<>();
        for (int p = 0; p < pc; p++) {
            if (m.eligible(p)) {
                alive.add(p);
                lb[p] = m.costKey ? Rational.of(1, m.weight[p]) : Rational.of(in.cost[p], m.weight[p]);
            }
        }
        int[] free = freeProjects();
        List<Integer> sel = new ArrayList<>();
        List<Double> rhos = new ArrayList<>();
        List<double[]> pays = record ? new ArrayList<>() : null;
        for (int f : free) {
            sel.add(f);
            rhos.add(0.0);
            if (record) {
                pays.add(new double[gc]);
            }
        }
        final Rational[] rhoOf = new Rational[pc];
        while (!alive.isEmpty()) {
            alive.sort((x, y) -> lb[x].compareTo(lb[y]));
            Rational best = null;
            List<Integer> tied = new ArrayList<>();
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < alive.size(); i++) {
                int p = alive.get(i);
                if (best != null && lb[p].compareTo(best) > 0) {
                    keep.addAll(alive.subList(i, alive.size()));
                    break;
                }
                int[] sg = m.supG[p];
                long[] su = m.supU[p];
                Rational c = Rational.of(in.cost[p]);
                long untouchedHeads = 0;
                Rational tot = Rational.ZERO;
                for (int g : sg) {
                    if (touched[g]) {
                        tot = tot.add(bud[g].multiply(in.mult[g]));
                    } else {
                        untouchedHeads += in.mult[g];
                    }
                }
                tot = tot.add(b0.multiply(untouchedHeads));
                if (tot.compareTo(c) < 0) {
                    continue;
                }
                keep.add(p);
                boolean[] poor = new boolean[sg.length];
                Rational poorSum = Rational.ZERO;
                long richU = m.weight[p];
                Rational rho = c.divide(richU);
                while (true) {
                    boolean changed = false;
                    for (int k = 0; k < sg.length; k++) {
                        if (!poor[k]) {
                            long u = su == null ? 1 : su[k];
                            if (bud[sg[k]].compareTo(rho.multiply(u)) < 0) {
                                poor[k] = true;
                                poorSum = poorSum.add(bud[sg[k]].multiply(in.mult[sg[k]]));
                                richU -= in.mult[sg[k]] * u;
                                changed = true;
                            }
                        }
                    }
                    if (!changed) {
                        break;
                    }
                    rho = c.subtract(poorSum).divide(richU);
                }
                Rational kv = m.costKey ? rho.divide(in.cost[p]) : rho;
                lb[p] = kv;
                rhoOf[p] = rho;
                int cmp = best == null ? -1 : kv.compareTo(best);
                if (cmp < 0) {
                    best = kv;
                    tied.clear();
                    tied.add(p);
                } else if (cmp == 0) {
                    tied.add(p);
                }
            }
            alive = keep;
            if (tied.isEmpty()) {
                break;
            }
            int chosen = tied.get(0);
            for (int q : tied) {
                if (tie.compare(q, chosen) < 0) {
                    chosen = q;
                }
            }
            Rational rho = rhoOf[chosen];
            int[] sg = m.supG[chosen];
            long[] su = m.supU[chosen];
            double[] pay = record ? new double[gc] : null;
            for (int k = 0; k < sg.length; k++) {
                int g = sg[k];
                Rational due = rho.multiply(su == null ? 1 : su[k]);
                Rational paid = bud[g].min(due);
                bud[g] = bud[g].subtract(paid);
                touched[g] = true;
                if (record) {
                    pay[g] = paid.doubleValue();
                }
            }
            if (record) {
                pays.add(pay);
            }
            sel.add(chosen);
            rhos.add(rho.doubleValue());
            alive.remove(Integer.valueOf(chosen));
        }
        double[] rem = new double[gc];
        for (int g = 0; g < gc; g++) {
            rem[g] = bud[g].doubleValue();
        }
        return new MesRun(b0, sel.stream().mapToInt(Integer::intValue).toArray(),
                rhos.stream().mapToDouble(Double::doubleValue).toArray(), true, rem,
                record ? pays.toArray(new double[0][]) : null);
    }

    static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
