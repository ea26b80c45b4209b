package fr.agora.meetings.service;

import java.util.List;

/** The meeting in session, for its managers' phone: who is checked in, the quorum, the decisions and the minutes. */
public record SessionView(MeetingDetail meeting, List<Row> members, Quorum quorum, List<DecisionData> decisions) {

    /** A member with their answer (null when none) and whether they are checked in. */
    public record Row(String key, String name, String role, Boolean answer, boolean checkedIn) {
    }
}
