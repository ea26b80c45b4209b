package fr.agora.walks.domain;

import fr.agora.shared.domain.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A pin of the diagnostic: a criterion, an asset or a weakness with a severity from 1 to 3, a text, a position.
 * It is pending until a moderator publishes or rejects it. A moderator may hide its text and may mark it internal
 * (a security hotspot, for example): then only staff and partners see it. Its author is never shown publicly.
 */
@Entity
@Table(name = "walk_observation")
public class Observation {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "walk_id")
    private Walk walk;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    private DiagnosticCriterion criterion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Assessment assessment;

    @Column(nullable = false)
    private int severity;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(nullable = false)
    private double lat;

    @Column(nullable = false)
    private double lon;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The account that placed the pin (an id, as the walk's participants: the walks never load accounts). */
    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "client_ref", length = 36)
    private String clientRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ModerationStatus status = ModerationStatus.PENDING;

    @Column(name = "text_hidden", nullable = false)
    private boolean textHidden;

    @Column(nullable = false)
    private boolean internal;

    @Column(name = "moderated_by", length = 254)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderation_note", length = 500)
    private String moderationNote;

    @Version
    private long version;

    protected Observation() {
    }

    public Observation(Walk walk, DiagnosticCriterion criterion, Assessment assessment, int severity, String text,
            GeoPoint point, Instant observedAt, Instant createdAt, Long authorId, String clientRef) {
        this.walk = Objects.requireNonNull(walk);
        this.authorId = authorId;
        this.clientRef = clientRef;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.observedAt = Objects.requireNonNull(observedAt);
        edit(criterion, assessment, severity, text, point);
    }

    /** Changes the content (the author before moderation, or a moderator correcting it). */
    public void edit(DiagnosticCriterion criterion, Assessment assessment, int severity, String text, GeoPoint point) {
        if (severity < 1 || severity > 3) {
            throw new IllegalArgumentException("walk.observation.severity");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("walk.observation.text");
        }
        this.criterion = Objects.requireNonNull(criterion);
        this.assessment = Objects.requireNonNull(assessment);
        this.severity = severity;
        this.text = text.strip();
        this.lat = point.lat();
        this.lon = point.lon();
    }

    /**
     * Detaches the pin from its author's account, when the account is deleted: the pin stays (it is part of the
     * walk's diagnostic, and its author was never shown), without anything leading back to the person.
     */
    public void forgetAuthor() {
        this.authorId = null;
    }

    /** A moderator's decision: published (visible per the internal flag) or rejected. */
    public void moderate(ModerationStatus decision, boolean hideText, boolean internal, String note, String moderator,
            Instant now) {
        if (decision == ModerationStatus.PENDING) {
            throw new IllegalArgumentException("walk.moderation.decision");
        }
        this.status = decision;
        this.textHidden = hideText;
        this.internal = internal;
        this.moderationNote = note == null || note.isBlank() ? null : note.strip();
        this.moderatedBy = moderator;
        this.moderatedAt = now;
    }

    public GeoPoint getPoint() {
        return new GeoPoint(lat, lon);
    }

    public Long getId() {
        return id;
    }

    public Walk getWalk() {
        return walk;
    }

    public DiagnosticCriterion getCriterion() {
        return criterion;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public int getSeverity() {
        return severity;
    }

    public String getText() {
        return text;
    }

    public Instant getObservedAt() {
        return observedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getAuthorId() {
        return authorId;
    }

    /** True when the pin was placed by this account (never for a pin whose author was erased). */
    public boolean isAuthoredBy(Long accountId) {
        return authorId != null && authorId.equals(accountId);
    }

    public String getClientRef() {
        return clientRef;
    }

    public ModerationStatus getStatus() {
        return status;
    }

    public boolean isTextHidden() {
        return textHidden;
    }

    public boolean isInternal() {
        return internal;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public String getModerationNote() {
        return moderationNote;
    }
}
