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

/** A member's answer to a convocation: present or absent (one per member, changeable until the start). */
@Entity
@Table(name = "meeting_answer")
public class MeetingAnswer {

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
    private boolean present;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected MeetingAnswer() {
    }

    public MeetingAnswer(Meeting meeting, String memberKey, String memberName, boolean present, Instant now) {
        meeting.checkAnswer(now);
        this.meeting = meeting;
        this.memberKey = memberKey;
        this.memberName = memberName;
        this.present = present;
        this.answeredAt = now;
    }

    /** Changes the answer; true when it changed. */
    public boolean change(boolean present, Instant now) {
        meeting.checkAnswer(now);
        boolean changed = this.present != present;
        this.present = present;
        this.answeredAt = now;
        return changed;
    }

    public String getMemberKey() {
        return memberKey;
    }

    public String getMemberName() {
        return memberName;
    }

    public boolean isPresent() {
        return present;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
