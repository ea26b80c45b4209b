package fr.agora.council.pool;

/**
 * Bounds on what one import may hold, so that a hostile or mistaken file cannot exhaust the server.
 *
 * @param maxBytes the largest file accepted
 * @param maxRows  the most data rows accepted
 */
public record PoolLimits(long maxBytes, int maxRows) {

    /** 20 MB and 100,000 rows: a whole QPV's RIL extract fits several times over. */
    public static final PoolLimits DEFAULT = new PoolLimits(20L * 1024 * 1024, 100_000);

    public PoolLimits {
        if (maxBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
