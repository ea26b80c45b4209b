package fr.agora.sortition.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Transparent lottery rounding (Flanigan, Kehne, Procaccia, NeurIPS 2021): turns a distribution over
 * panels into m equally likely tickets, so that a public draw of a number 1..m selects the panel.
 *
 * <p>Panels are first put in canonical order (lexicographic order of their sorted agent indexes). Each
 * panel P gets {@code floor(m·x_P)} tickets; the fractional residuals {@code r_P} (which sum to an integer
 * R) are rounded by dependent (pipage) rounding: while two residuals i &lt; j (first two in panel order)
 * are fractional, with a = min(1-r_i, r_j) and b = min(r_i, 1-r_j), draw u from the generator and set
 * (r_i+a, r_j-a) if {@code u < b/(a+b)}, else (r_i-b, r_j+b). This keeps the sum and each panel's
 * expected ticket count; the R panels with the largest rounded residual (lowest index on ties) get one more
 * ticket, so exactly m tickets exist. Only panels of the input are used, so every ticket is feasible.
 */
public final class Lottery {

    /** Number of tickets of the public lottery. */
    public static final int M = 1000;

    /** A distinct panel and its number of tickets. */
    public record Entry(int[] panel, int copies) {
    }

    private Lottery() {
    }

    /** Rounds {@code (panels, weights)} to exactly {@code m} tickets using {@code rng} for the residuals. */
    public static List<Entry> round(List<int[]> panels, double[] weights, int m, CounterRng rng) {
        Integer[] order = new Integer[panels.size()];
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
        }
        Comparator<Integer> lex = (a, b) -> Arrays.compare(panels.get(a), panels.get(b));
        Arrays.sort(order, lex);
        int size = order.length;
        int[] copies = new int[size];
        double[] r = new double[size];
        int total = 0;
        for (int s = 0; s < size; s++) {
            double y = m * weights[order[s]];
            copies[s] = (int) Math.floor(y + 1e-9);
            r[s] = Math.max(0, Math.min(1, y - copies[s]));
            total += copies[s];
        }
        int need = m - total;
        List<Integer> fractional = new ArrayList<>();
        for (int s = 0; s < size; s++) {
            if (r[s] > 1e-12 && r[s] < 1 - 1e-12) {
                fractional.add(s);
            }
        }
        while (fractional.size() >= 2) {
            int i = fractional.get(0);
            int j = fractional.get(1);
            double a = Math.min(1 - r[i], r[j]);
            double b = Math.min(r[i], 1 - r[j]);
            if (rng.nextDouble() < b / (a + b)) {
                r[i] += a;
                r[j] -= a;
            } else {
                r[i] -= b;
                r[j] += b;
            }
            fractional.removeIf(s -> r[s] <= 1e-12 || r[s] >= 1 - 1e-12);
        }
        Integer[] byResidual = new Integer[size];
        for (int s = 0; s < size; s++) {
            byResidual[s] = s;
        }
        Arrays.sort(byResidual, Comparator.<Integer>comparingDouble(s -> -r[s]).thenComparingInt(s -> s));
        for (int t = 0; t < need && t < size; t++) {
            copies[byResidual[t]]++;
        }
        if (Arrays.stream(copies).sum() != m) {
            throw new IllegalStateException("arrondi de loterie : " + Arrays.stream(copies).sum() + " tickets");
        }
        List<Entry> out = new ArrayList<>();
        for (int s = 0; s < size; s++) {
            if (copies[s] > 0) {
                out.add(new Entry(panels.get(order[s]), copies[s]));
            }
        }
        return out;
    }
}
