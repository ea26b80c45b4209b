package fr.agora.walks.domain;

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
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of a recommendation's public history: a status change or a comment, and who acted (an organisation). */
@Entity
@Immutable
@Table(name = "walk_recommendation_event")
public class RecommendationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id")
    private Recommendation recommendation;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private RecommendationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private RecommendationStatus toStatus;

    @Column(name = "actor_org", length = 160)
    private String actorOrg;

    @Column(columnDefinition = "text")
    private String comment;

    protected RecommendationEvent() {
    }

    RecommendationEvent(Recommendation recommendation, Instant occurredAt, RecommendationStatus fromStatus,
            RecommendationStatus toStatus, String actorOrg, String comment) {
        this.recommendation = recommendation;
        this.occurredAt = occurredAt;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorOrg = actorOrg;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public RecommendationStatus getFromStatus() {
        return fromStatus;
    }

    public RecommendationStatus getToStatus() {
        return toStatus;
    }

    /** The organisation that acted, or {@code null} for the city. */
    public String getActorOrg() {
        return actorOrg;
    }

    public String getComment() {
        return comment;
    }
}
