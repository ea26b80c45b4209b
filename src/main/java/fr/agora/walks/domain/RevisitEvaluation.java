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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** What a revisit walk found about one recommendation of the earlier walk: improved, unchanged or worse. */
@Entity
@Table(name = "walk_revisit_evaluation")
public class RevisitEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revisit_walk_id")
    private Walk revisit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id")
    private Recommendation recommendation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Verdict verdict;

    @Column(columnDefinition = "text")
    private String comment;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Version
    private long version;

    protected RevisitEvaluation() {
    }

    public RevisitEvaluation(Walk revisit, Recommendation recommendation, Verdict verdict, String comment, Instant now) {
        if (revisit.getRevisitOf() == null || !revisit.getRevisitOf().getId().equals(recommendation.getWalk().getId())) {
            throw new IllegalArgumentException("walk.revisit.not-earlier");
        }
        this.revisit = revisit;
        this.recommendation = recommendation;
        update(verdict, comment, now);
    }

    public void update(Verdict verdict, String comment, Instant now) {
        this.verdict = Objects.requireNonNull(verdict);
        if (comment != null && comment.length() > Recommendation.MAX_REASON) {
            throw new IllegalArgumentException("walk.recommendation.comment-too-long");
        }
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.evaluatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Walk getRevisit() {
        return revisit;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getComment() {
        return comment;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }
}
