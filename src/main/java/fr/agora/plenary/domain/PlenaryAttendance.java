package fr.agora.plenary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invited seat checked in: the representative, or their suppléant standing in. One per seat (database key). */
@Entity
@Table(name = "plenary_attendance")
public class PlenaryAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plenary_id", nullable = false)
    private long plenaryId;

    @Column(name = "representative_id", nullable = false)
    private long representativeId;

    @Column(name = "attendee_name", nullable = false, length = 160)
    private String attendeeName;

    @Column(name = "attendee_email", length = 254)
    private String attendeeEmail;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "standing_in", nullable = false)
    private boolean standingIn;

    @Column(name = "checked_in_by", nullable = false, length = 254)
    private String checkedInBy;

    @Column(name = "checked_in_at", nullable = false)
    private Instant checkedInAt;

    protected PlenaryAttendance() {
    }

    public PlenaryAttendance(long plenaryId, long representativeId, String attendeeName, String attendeeEmail, Long accountId,
            boolean standingIn, String checkedInBy, Instant now) {
        this.plenaryId = plenaryId;
        this.representativeId = representativeId;
        this.attendeeName = attendeeName;
        this.attendeeEmail = attendeeEmail;
        this.accountId = accountId;
        this.standingIn = standingIn;
        this.checkedInBy = checkedInBy;
        this.checkedInAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPlenaryId() {
        return plenaryId;
    }

    public long getRepresentativeId() {
        return representativeId;
    }

    public String getAttendeeName() {
        return attendeeName;
    }

    public String getAttendeeEmail() {
        return attendeeEmail;
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isStandingIn() {
        return standingIn;
    }
}
