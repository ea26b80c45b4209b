package fr.agora.walks.domain;

import fr.agora.shared.domain.Territory;
import fr.agora.walks.WalkClosed;
import fr.agora.walks.WalkFollowUpPublished;
import fr.agora.walks.WalkPublished;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A marche exploratoire: where and when, the theme, the organiser, the route, the partners, the group (counts
 * only) and the step it has reached. Guards its workflow: one step at a time, and no closing without a published
 * « suite donnée ». Rules that need the recommendations are checked by the service before calling
 * {@link #moveTo}.
 *
 * <p>What other modules react to is registered here as events ({@link WalkPublished}, {@link WalkFollowUpPublished},
 * {@link WalkClosed}); Spring Data publishes them when the walk is saved, in the same transaction, so the service
 * that changes a walk saves it.
 */
@Entity
@Table(name = "walk")
public class Walk extends AbstractAggregateRoot<Walk> {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id")
    private Territory territory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private WalkTheme theme;

    @Column(name = "theme_other", length = 160)
    private String themeOther;

    @Column(nullable = false, length = 200)
    private String organiser;

    @Column(name = "walk_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_of_day", nullable = false, length = 8)
    private TimeOfDay timeOfDay;

    @Column(name = "route_geojson", columnDefinition = "mediumtext")
    private String routeGeoJson;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_type", nullable = false, length = 16)
    private GroupType groupType;

    @Embedded
    private GroupComposition group = GroupComposition.empty();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private WalkState state = WalkState.DIAGNOSTIC;

    @Column(name = "follow_up_summary", columnDefinition = "text")
    private String followUpSummary;

    @Column(name = "follow_up_published_at")
    private Instant followUpPublishedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revisit_of_id")
    private Walk revisitOf;

    @ElementCollection
    @CollectionTable(name = "walk_partner", joinColumns = @JoinColumn(name = "walk_id"))
    @OrderColumn(name = "partner_order")
    private List<WalkPartner> partners = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "walk_participant", joinColumns = @JoinColumn(name = "walk_id"))
    @Column(name = "user_id")
    private Set<Long> participantIds = new HashSet<>();

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Walk() {
    }

    public Walk(String title, Territory territory, WalkTheme theme, String organiser, LocalDate date, TimeOfDay timeOfDay,
            GroupType groupType, String createdBy, Instant now) {
        describe(title, territory, theme, null, organiser, date, null, timeOfDay, groupType);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the basics. A theme « autre » needs its own wording. */
    public void describe(String title, Territory territory, WalkTheme theme, String themeOther, String organiser,
            LocalDate date, LocalTime startTime, TimeOfDay timeOfDay, GroupType groupType) {
        this.title = Objects.requireNonNull(title);
        this.territory = Objects.requireNonNull(territory);
        this.theme = Objects.requireNonNull(theme);
        this.themeOther = theme == WalkTheme.AUTRE ? themeOther : null;
        this.organiser = Objects.requireNonNull(organiser);
        this.date = Objects.requireNonNull(date);
        this.startTime = startTime;
        this.timeOfDay = Objects.requireNonNull(timeOfDay);
        this.groupType = Objects.requireNonNull(groupType);
    }

    /**
     * Moves the walk to {@code target}: one step forward, or one step back unless closed. Closing needs a
     * published « suite donnée ».
     */
    public void moveTo(WalkState target, Instant now) {
        if (!state.canMoveTo(target)) {
            throw new IllegalStateException("walk.state.skip");
        }
        if (target == WalkState.CLOTUREE && followUpPublishedAt == null) {
            throw new IllegalStateException("walk.state.summary-required");
        }
        this.state = target;
        this.updatedAt = now;
        if (target == WalkState.CLOTUREE) {
            announce(() -> new WalkClosed(id, title, territory.getCode()));
        }
    }

    /** Publishes (or updates) the « suite donnée » summary, which is public. */
    public void publishFollowUp(String summary, Instant now) {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("walk.follow-up.required");
        }
        boolean firstTime = followUpPublishedAt == null;
        this.followUpSummary = summary.strip();
        this.followUpPublishedAt = now;
        this.updatedAt = now;
        announce(() -> new WalkFollowUpPublished(id, title, territory.getCode(), firstTime));
    }

    /** Makes the walk's public page visible (basics, route, counts, published pins). */
    public void publish(Instant now) {
        if (publishedAt == null) {
            publishedAt = now;
            announce(() -> new WalkPublished(id, title, territory.getCode(), date));
        }
        updatedAt = now;
    }

    /** Registers an event for the next save; a walk never saved (a test's) has no id, and nobody to tell. */
    private void announce(java.util.function.Supplier<Object> event) {
        if (id != null) {
            registerEvent(event.get());
        }
    }

    public void unpublish(Instant now) {
        publishedAt = null;
        updatedAt = now;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public void setRoute(String routeGeoJson, Instant now) {
        this.routeGeoJson = routeGeoJson;
        this.updatedAt = now;
    }

    public void setGroup(GroupComposition group) {
        this.group = Objects.requireNonNull(group);
    }

    public void setPartners(List<WalkPartner> partners) {
        this.partners.clear();
        this.partners.addAll(partners);
    }

    public void setRevisitOf(Walk earlier) {
        if (earlier != null && (earlier == this || (id != null && id.equals(earlier.getId())))) {
            throw new IllegalArgumentException("walk.revisit.self");
        }
        this.revisitOf = earlier;
    }

    public boolean addParticipant(long userId) {
        return participantIds.add(userId);
    }

    public boolean removeParticipant(long userId) {
        return participantIds.remove(userId);
    }

    public boolean isParticipant(Long userId) {
        return userId != null && participantIds.contains(userId);
    }

    /** True when {@code organisation} is one of the walk's partners (case and spacing ignored). */
    public boolean involves(String organisation) {
        return organisation != null && partners.stream().anyMatch(p -> Organisations.same(p.name(), organisation));
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Territory getTerritory() {
        return territory;
    }

    public WalkTheme getTheme() {
        return theme;
    }

    public String getThemeOther() {
        return themeOther;
    }

    public String getOrganiser() {
        return organiser;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public TimeOfDay getTimeOfDay() {
        return timeOfDay;
    }

    public String getRouteGeoJson() {
        return routeGeoJson;
    }

    public GroupType getGroupType() {
        return groupType;
    }

    public GroupComposition getGroup() {
        return group == null ? GroupComposition.empty() : group;
    }

    public WalkState getState() {
        return state;
    }

    public String getFollowUpSummary() {
        return followUpSummary;
    }

    public Instant getFollowUpPublishedAt() {
        return followUpPublishedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Walk getRevisitOf() {
        return revisitOf;
    }

    public List<WalkPartner> getPartners() {
        return Collections.unmodifiableList(partners);
    }

    public Set<Long> getParticipantIds() {
        return Collections.unmodifiableSet(participantIds);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
