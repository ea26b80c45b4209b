package fr.agora.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member checked in at a meeting; {@code voting} members count for the quorum. */
@Entity
@Table(name = "meeting_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "member_key", nullable = false, length = 40)
    private String memberKey;

    @Column(name = "member_name", nullable = false, length = 160)
    private String memberName;

    @Column(nullable = false)
    private boolean voting;

    @Column(name = "checked_in_at", nullable = false)
    private Instant checkedInAt;

    @Column(name = "checked_by", nullable = false, length = 254)
    private String checkedBy;

    protected Attendance() {
    }

    /** A check-in; refused outside the meeting's session. The meeting counts as held from then on. */
    public Attendance(Meeting meeting, String memberKey, String memberName, boolean voting, String checkedBy, Instant now) {
        meeting.checkInSession(now);
        meeting.markHeld();
        this.meeting = meeting;
        this.memberKey = memberKey;
        this.memberName = memberName;
        this.voting = voting;
        this.checkedBy = checkedBy;
        this.checkedInAt = now;
    }

    public String getMemberKey() {
        return memberKey;
    }

    public String getMemberName() {
        return memberName;
    }

    public boolean isVoting() {
        return voting;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }
}
