package fr.agora.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The reminder mailed to staff before a council's mandate ends: one per council and mandate end. */
@Entity
@Table(name = "council_mandate_reminder")
public class MandateReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "council_id", nullable = false)
    private long councilId;

    @Column(name = "mandate_end", nullable = false)
    private LocalDate mandateEnd;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int recipients;

    protected MandateReminder() {
    }

    public MandateReminder(long councilId, LocalDate mandateEnd, Instant sentAt, int recipients) {
        this.councilId = councilId;
        this.mandateEnd = mandateEnd;
        this.sentAt = sentAt;
        this.recipients = recipients;
    }

    public Long getId() {
        return id;
    }

    public long getCouncilId() {
        return councilId;
    }

    public LocalDate getMandateEnd() {
        return mandateEnd;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getRecipients() {
        return recipients;
    }
}
