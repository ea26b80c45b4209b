package fr.agora.council.service;

import fr.agora.council.pool.Deduplicator;
import fr.agora.council.pool.RowIssue;
import java.util.List;

/**
 * What became of an imported file. When {@code rejected} is not empty, nothing was imported.
 *
 * @param added    new people in the pool
 * @param merges   people already in the pool or named twice, merged (with the fields that disagreed)
 * @param leftOut  valid rows of people who cannot be drawn
 * @param rejected invalid rows, with line and reason
 * @param notices  rows imported with something to check (a nationality not recognised, imported as unknown)
 */
public record ImportReport(boolean imported, int rows, int added, List<Deduplicator.Merge> merges,
        List<RowIssue> leftOut, List<RowIssue> rejected, List<RowIssue> notices) {

    public ImportReport {
        merges = List.copyOf(merges);
        leftOut = List.copyOf(leftOut);
        rejected = List.copyOf(rejected);
        notices = List.copyOf(notices);
    }
}
