package fr.agora.meetings.service;

import java.util.List;

/**
 * What a member prepares with: their bodies, the next meetings (with their own answer), minutes to approve, and per
 * body the member list (contacts only of members who agreed to share them).
 */
public record MemberSpace(List<BodySpace> bodies) {

    /** One body the member belongs to. */
    public record BodySpace(BodyData body, String myKey, List<MeetingSummary> upcoming, List<MeetingSummary> minutesToApprove,
            List<MemberCard> members) {
    }

    /** A member as the other members see them. */
    public record MemberCard(String name, String role, String email, String phone) {
    }
}
