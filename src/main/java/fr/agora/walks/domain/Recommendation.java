package fr.agora.walks.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A recommendation of a walk, addressed to an organisation (a bailleur, the police, a city service…), linked to
 * the observations it answers, with a due date. Its status follows {@link RecommendationStatus}; every change is
 * kept in a public history that names the organisation that acted, never a person.
 */
@Entity
@Table(name = "walk_recommendation")
public class Recommendation {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;
    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "walk_id")
    private Walk walk;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(nullable = false, length = 160)
    private String addressee;

    @Column(name = "addressee_key", nullable = false, length = 160)
    private String addresseeKey;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecommendationStatus status = RecommendationStatus.PROPOSEE;

    @Column(name = "refusal_reason", length = MAX_REASON)
    private String refusalReason;

    @ManyToMany
    @JoinTable(name = "walk_recommendation_observation", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "observation_id"))
    private Set<Observation> observations = new LinkedHashSet<>();

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<RecommendationEvent> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Recommendation() {
    }

    public Recommendation(Walk walk, String title, String body, String addressee, LocalDate dueDate, Instant now) {
        this.walk = Objects.requireNonNull(walk);
        this.createdAt = now;
        edit(title, body, addressee, dueDate, now);
        history.add(new RecommendationEvent(this, now, null, RecommendationStatus.PROPOSEE, null, null));
    }

    /** Changes the wording, addressee or due date; only while it is still a proposal. */
    public void edit(String title, String body, String addressee, LocalDate dueDate, Instant now) {
        if (status != RecommendationStatus.PROPOSEE) {
            throw new IllegalStateException("walk.recommendation.not-editable");
        }
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("walk.recommendation.title");
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("walk.recommendation.body");
        }
        if (addressee == null || addressee.isBlank() || addressee.length() > 160) {
            throw new IllegalArgumentException("walk.recommendation.addressee");
        }
        this.title = title.strip();
        this.body = body.strip();
        this.addressee = addressee.strip();
        this.addresseeKey = Organisations.key(addressee);
        this.dueDate = dueDate;
        this.updatedAt = now;
    }

    /**
     * Moves to {@code target}, recording who acted ({@code actorOrg}, {@code null} for the city) and an optional
     * comment. A refusal needs a reason, which becomes public.
     */
    public void changeStatus(RecommendationStatus target, String actorOrg, String comment, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("walk.recommendation.transition");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_REASON) {
            throw new IllegalArgumentException("walk.recommendation.comment-too-long");
        }
        if (target == RecommendationStatus.REFUSEE) {
            if (text == null) {
                throw new IllegalArgumentException("walk.recommendation.reason-required");
            }
            this.refusalReason = text;
        }
        history.add(new RecommendationEvent(this, now, status, target, actorOrg, text));
        this.status = target;
        this.updatedAt = now;
    }

    /** Adds a comment to the history without changing the status (an answer, a progress note). */
    public void comment(String actorOrg, String comment, Instant now) {
        if (comment == null || comment.isBlank() || comment.length() > MAX_REASON) {
            throw new IllegalArgumentException("walk.recommendation.comment-required");
        }
        history.add(new RecommendationEvent(this, now, status, status, actorOrg, comment.strip()));
        this.updatedAt = now;
    }

    public void setObservations(Set<Observation> linked) {
        for (Observation o : linked) {
            if (!o.getWalk().getId().equals(walk.getId())) {
                throw new IllegalArgumentException("walk.recommendation.foreign-observation");
            }
        }
        observations.clear();
        observations.addAll(linked);
    }

    /** True when {@code organisation} is this recommendation's addressee. */
    public boolean isAddressedTo(String organisation) {
        return !Organisations.key(organisation).isEmpty() && Organisations.key(organisation).equals(addresseeKey);
    }

    public Long getId() {
        return id;
    }

    public Walk getWalk() {
        return walk;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getAddressee() {
        return addressee;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Set<Observation> getObservations() {
        return Collections.unmodifiableSet(observations);
    }

    public List<RecommendationEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
