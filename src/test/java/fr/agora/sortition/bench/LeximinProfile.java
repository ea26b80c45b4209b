package fr.agora.sortition.bench;

import fr.agora.sortition.CancellationToken;
import fr.agora.sortition.Leximin;
import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.SortitionResult;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * One LEXIMIN run on a generated pool, in-process, printing wall and CPU time (with
 * {@code -Dagora.sortition.debug=true}, the engine also prints where the time went):
 * {@code LeximinProfile <seed> <n> <k> <categories> [households]}.
 */
public final class LeximinProfile {

    private LeximinProfile() {
    }

    public static void main(String[] args) throws Exception {
        RealisticPool.Pool pool = RealisticPool.generate(Long.parseLong(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Integer.parseInt(args[3]), args.length > 4 && args[4].equals("households"));
        SortitionInstance instance = pool.instance();
        var bean = ManagementFactory.getThreadMXBean();
        long cpu = bean.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        SortitionResult r = Leximin.solve(instance, Leximin.Options.defaults(), (phase, panels, fixed, n) -> { },
                CancellationToken.NONE);
        System.out.printf(Locale.ROOT, "n=%d k=%d wall %.2f s, thread CPU %.2f s, columns %d, support %d, min %.6f%n",
                instance.n(), instance.k(), (System.nanoTime() - start) / 1e9,
                (bean.getCurrentThreadCpuTime() - cpu) / 1e9, r.panelsGenerated(), r.panels().size(),
                r.stats().min());
    }
}
