package fr.agora.meetings.service;

import java.util.List;

/**
 * The staff dashboard for a calendar year: each conseil's meetings held or planned per collège (joint meetings count
 * for both collèges) against the « au moins cinq fois dans l'année » rule, and each comité's visites de proximité.
 */
public record ComplianceReport(int year, int minimum, List<CouncilLine> councils, List<ComiteLine> comites) {

    /** A conseil: meetings of the whole conseil, plus those of each collège alone. */
    public record CouncilLine(long councilId, String name, long joint, long habitants, long associations) {

        /** The smaller of the two collèges' counts (joint meetings count for both). */
        public long fewest() {
            return joint + Math.min(habitants, associations);
        }
    }

    /** A comité and its visites this year. */
    public record ComiteLine(long comiteId, String name, long visites) {
    }

    public List<CouncilLine> flaggedCouncils() {
        return councils.stream().filter(c -> c.fewest() < minimum).toList();
    }

    public List<ComiteLine> flaggedComites() {
        return comites.stream().filter(c -> c.visites() == 0).toList();
    }
}
