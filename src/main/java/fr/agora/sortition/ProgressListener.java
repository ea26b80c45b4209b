package fr.agora.sortition;

/** Receives progress reports from a long computation (for a progress bar). */
@FunctionalInterface
public interface ProgressListener {

    /** Phases of a LEXIMIN computation. */
    enum Phase { WARM_START, COLUMN_GENERATION, FINAL_LP, DONE }

    /** A listener that ignores everything. */
    ProgressListener NONE = (phase, panels, fixed, n) -> { };

    /**
     * @param phase          current phase
     * @param panelsGenerated distinct feasible panels generated so far
     * @param agentsFixed    agents whose LEXIMIN probability is final
     * @param agents         pool size
     */
    void progress(Phase phase, int panelsGenerated, int agentsFixed, int agents);
}
