package fr.agora.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail the portal sent or, when no SMTP server is configured or it failed, kept in the outbox. */
@Entity
@Table(name = "mail_outbox")
public class MailMessage {

    /** What happened to the mail. */
    public enum Status { SENT, STORED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(length = 1000)
    private String error;

    protected MailMessage() {
    }

    public MailMessage(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject.length() > 255 ? subject.substring(0, 255) : subject;
        this.body = body;
        this.createdAt = createdAt;
        this.status = Status.STORED;
    }

    public void markSent(Instant at) {
        this.status = Status.SENT;
        this.sentAt = at;
        this.error = null;
    }

    public void markFailed(String error) {
        this.status = Status.FAILED;
        this.error = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getError() {
        return error;
    }
}
