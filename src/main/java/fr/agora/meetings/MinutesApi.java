package fr.agora.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read-only view of the decisions recorded in approved minutes, for other modules (the plenary designates
 * representatives and approves contributions « par une décision consignée dans un compte rendu approuvé »). Only
 * decisions of meetings whose minutes are approved or published are returned; the conseil is the meeting's body (the
 * whole conseil or one of its collèges).
 */
public interface MinutesApi {

    /**
     * A decision recorded in approved minutes.
     *
     * @param college null for a meeting of the whole conseil, else {@code HABITANTS} or {@code ASSOCIATIONS}
     */
    record ApprovedDecision(long decisionId, long meetingId, String meetingTitle, long councilId, String college,
            String title, boolean adopted, LocalDate minutesApprovedOn) {
    }

    /** The decisions in approved minutes of a conseil's meetings (and its collèges'), newest first. */
    List<ApprovedDecision> approvedDecisions(long councilId);

    /** One decision, if it is recorded in approved minutes. */
    Optional<ApprovedDecision> approvedDecision(long decisionId);
}
