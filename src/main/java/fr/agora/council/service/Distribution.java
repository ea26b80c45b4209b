package fr.agora.council.service;

import fr.agora.sortition.SortitionResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The computed LEXIMIN distribution as stored between the computation and the draw: one line of probabilities
 * (pool order), one line of LEXIMIN levels, then one line per panel, {@code weight;i,j,…} (indexes into the pool
 * order). Doubles are written with {@link Double#toString}, which reads back exactly.
 */
final class Distribution {

    private Distribution() {
    }

    static String write(SortitionResult r) {
        StringBuilder s = new StringBuilder(r.algorithm()).append('\n');
        s.append(join(r.probabilities())).append('\n');
        s.append(r.leximinLevels() == null ? "" : join(r.leximinLevels())).append('\n');
        s.append(r.panelsGenerated()).append(';').append(r.seconds()).append('\n');
        for (int i = 0; i < r.panels().size(); i++) {
            s.append(r.weights()[i]).append(';').append(Arrays.stream(r.panels().get(i)).mapToObj(String::valueOf)
                    .collect(Collectors.joining(","))).append('\n');
        }
        return s.toString();
    }

    static SortitionResult read(String text, int n) {
        String[] lines = text.split("\n", -1);
        double[] probabilities = doubles(lines[1]);
        double[] levels = lines[2].isEmpty() ? null : doubles(lines[2]);
        if (probabilities.length != n) {
            throw new IllegalStateException("distribution of " + probabilities.length + " people for a pool of " + n);
        }
        String[] meta = lines[3].split(";");
        List<int[]> panels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 4; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] f = lines[i].split(";");
            weights.add(Double.parseDouble(f[0]));
            panels.add(Arrays.stream(f[1].split(",")).mapToInt(Integer::parseInt).toArray());
        }
        return new SortitionResult(lines[0], probabilities, levels, panels,
                weights.stream().mapToDouble(Double::doubleValue).toArray(), Integer.parseInt(meta[0]),
                Double.parseDouble(meta[1]));
    }

    private static String join(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%s", v)).collect(Collectors.joining(","));
    }

    private static double[] doubles(String line) {
        return Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
