package fr.agora.budget.domain;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.GeoPoint;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A proposal of the budget participatif and its whole path: draft, deposit, moderation (hidden with a reason,
 * changes asked, merged into a duplicate), feasibility review by one city service, decision of the commission
 * citoyenne, and the ballot. Every step refuses what the rules forbid and leaves a line in the history.
 */
@Entity
@Table(name = "budget_proposal")
public class Proposal {

    public static final int MAX_TITLE = 160;
    public static final int MAX_DESCRIPTION = 5_000;
    public static final int MAX_REASON = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Column(name = "envelope_code", length = 32)
    private String envelopeCode;

    @Column(nullable = false, length = MAX_TITLE)
    private String title = "";

    @Column(nullable = false, columnDefinition = "text")
    private String description = "";

    @Column(name = "category_id")
    private Long categoryId;

    private Double lat;

    private Double lon;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(name = "estimated_euros")
    private Long estimatedEuros;

    @Column(name = "investment_declared", nullable = false)
    private boolean investmentDeclared;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind", nullable = false, length = 16)
    private HolderKind holderKind;

    @Column(name = "holder_name", length = 160)
    private String holderName;

    @Column(name = "class_account_id")
    private Long classAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "entered_by", length = 254)
    private String enteredBy;

    @Column(name = "assisted_place", length = 160)
    private String assistedPlace;

    @Column(name = "assisted_contact", length = 254)
    private String assistedContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ProposalStatus status = ProposalStatus.DRAFT;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "changes_requested", length = 1000)
    private String changesRequested;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Proposal mergedInto;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "review_reasons", columnDefinition = "text")
    private String reviewReasons;

    @Column(name = "review_scope", columnDefinition = "text")
    private String reviewScope;

    @Column(name = "service_euros")
    private Long serviceEuros;

    @Column(name = "commission_reason", columnDefinition = "text")
    private String commissionReason;

    @Column(name = "commission_by", length = 254)
    private String commissionBy;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_proposal_holder", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "email", nullable = false, length = 254)
    private Set<String> holders = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "budget_follower", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "email", nullable = false, length = 254)
    private Set<String> followers = new HashSet<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ProposalEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected Proposal() {
    }

    /**
     * A new draft.
     *
     * @param holderEmails the accounts that carry it (may be empty for an assisted entry whose resident has none)
     */
    public Proposal(Edition edition, HolderKind holderKind, String holderName, Long classAccountId, Channel channel,
            String enteredBy, String assistedPlace, String assistedContact, Set<String> holderEmails, String createdBy,
            Instant now) {
        if (holderKind == null || channel == null) {
            throw new BusinessException("budget.proposal.holder-kind");
        }
        if ((holderKind == HolderKind.CLASS) != (classAccountId != null)) {
            throw new BusinessException("budget.proposal.class-only");
        }
        if (holderKind != HolderKind.RESIDENT && holderKind != HolderKind.CLASS && blank(holderName)) {
            throw new BusinessException("budget.proposal.holder-name");
        }
        if ((channel == Channel.ONLINE) != (enteredBy == null)) {
            throw new BusinessException("budget.proposal.channel");
        }
        if (channel == Channel.ONLINE && holderEmails.isEmpty()) {
            throw new BusinessException("budget.proposal.holder-required");
        }
        if (channel != Channel.ONLINE && holderEmails.isEmpty() && blank(holderName)) {
            throw new BusinessException("budget.proposal.holder-name");
        }
        this.edition = edition;
        this.holderKind = holderKind;
        this.holderName = blank(holderName) ? null : limit(holderName.strip(), 160, "budget.proposal.holder-name");
        this.classAccountId = classAccountId;
        this.channel = channel;
        this.enteredBy = enteredBy;
        this.assistedPlace = blank(assistedPlace) ? null : limit(assistedPlace.strip(), 160, "budget.proposal.assisted-place");
        this.assistedContact = blank(assistedContact) ? null : limit(assistedContact.strip(), 254, "budget.proposal.assisted-contact");
        holderEmails.forEach(e -> holders.add(e.strip().toLowerCase(Locale.ROOT)));
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Writes the proposal's content. A draft may be incomplete; a deposited proposal must stay complete. Refused
     * once the service has reviewed it.
     */
    public void write(String title, String description, Long categoryId, GeoPoint location, Long territoryId,
            Long estimatedEuros, boolean investmentDeclared, String envelopeCode, Instant now) {
        if (status != ProposalStatus.DRAFT && status != ProposalStatus.SUBMITTED) {
            throw new BusinessException("budget.proposal.not-editable");
        }
        String t = title == null ? "" : title.strip();
        String d = description == null ? "" : description.strip();
        limit(t, MAX_TITLE, "budget.proposal.title-too-long");
        limit(d, MAX_DESCRIPTION, "budget.proposal.description-too-long");
        if (estimatedEuros != null && estimatedEuros <= 0) {
            throw new BusinessException("budget.proposal.cost-positive");
        }
        if (envelopeCode != null && edition.envelope(envelopeCode).isEmpty()) {
            throw new BusinessException("budget.proposal.envelope-unknown");
        }
        long ceiling = edition.ceilingFor(envelopeCode);
        if (estimatedEuros != null && estimatedEuros > ceiling) {
            throw new BusinessException("budget.proposal.cost-over-envelope", ceiling);
        }
        this.title = t;
        this.description = d;
        this.categoryId = categoryId;
        this.lat = location == null ? null : location.lat();
        this.lon = location == null ? null : location.lon();
        this.territoryId = territoryId;
        this.estimatedEuros = estimatedEuros;
        this.investmentDeclared = investmentDeclared;
        this.envelopeCode = envelopeCode;
        this.updatedAt = now;
        if (status == ProposalStatus.SUBMITTED) {
            requireComplete();
            boolean answered = changesRequested != null;
            changesRequested = null;
            log(now, ProposalEventKind.EDITED, answered ? "budget.history.changes-made" : null, true);
        }
    }

    /** Deposits a complete draft. */
    public void submit(Instant now) {
        if (status != ProposalStatus.DRAFT) {
            throw new BusinessException("budget.proposal.already-submitted");
        }
        requireComplete();
        status = ProposalStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
        log(now, ProposalEventKind.DEPOSITED, null, true);
    }

    private void requireComplete() {
        if (title.isBlank()) {
            throw new BusinessException("budget.proposal.title-required");
        }
        if (description.isBlank()) {
            throw new BusinessException("budget.proposal.description-required");
        }
        if (categoryId == null) {
            throw new BusinessException("budget.proposal.category-required");
        }
        if (lat == null || lon == null) {
            throw new BusinessException("budget.proposal.location-required");
        }
        if (estimatedEuros == null) {
            throw new BusinessException("budget.proposal.cost-required");
        }
        if (!investmentDeclared) {
            throw new BusinessException("budget.proposal.investment-required");
        }
    }

    /** Hides abusive content; the holders see the reason. */
    public void hide(String reason, Instant now) {
        requirePublished();
        String r = reason(reason, 500);
        hidden = true;
        hiddenReason = r;
        updatedAt = now;
        log(now, ProposalEventKind.HIDDEN, r, false);
    }

    public void show(Instant now) {
        if (!hidden) {
            throw new BusinessException("budget.moderation.not-hidden");
        }
        hidden = false;
        hiddenReason = null;
        updatedAt = now;
        log(now, ProposalEventKind.SHOWN, null, false);
    }

    /** Asks the holders to change their proposal (while it can still be edited). */
    public void requestChanges(String request, Instant now) {
        if (status != ProposalStatus.SUBMITTED) {
            throw new BusinessException("budget.proposal.not-editable");
        }
        changesRequested = reason(request, 1000);
        updatedAt = now;
        log(now, ProposalEventKind.CHANGES_REQUESTED, changesRequested, false);
    }

    /**
     * Merges this duplicate into {@code target}: this one leaves the process, its holders become co-holders of the
     * target and its followers follow the target.
     */
    public void mergeInto(Proposal target, String reason, Instant now) {
        if (target == this || target.id != null && target.id.equals(id)) {
            throw new BusinessException("budget.merge.itself");
        }
        if (!target.edition.getId().equals(edition.getId())) {
            throw new BusinessException("budget.merge.other-edition");
        }
        for (Proposal p : List.of(this, target)) {
            if (p.status != ProposalStatus.SUBMITTED && !p.status.feasible()) {
                throw new BusinessException("budget.merge.status");
            }
        }
        String r = reason(reason, MAX_REASON);
        status = ProposalStatus.MERGED;
        mergedInto = target;
        updatedAt = now;
        target.holders.addAll(holders);
        target.followers.addAll(followers);
        target.updatedAt = now;
        log(now, ProposalEventKind.MERGED, r, true);
        target.log(now, ProposalEventKind.ABSORBED, r, true);
    }

    /** Assigns the feasibility review to a city service, due on {@code due}. */
    public void assign(long serviceId, LocalDate due, Instant now) {
        if (status != ProposalStatus.SUBMITTED) {
            throw new BusinessException("budget.review.not-reviewable");
        }
        this.serviceId = serviceId;
        this.reviewDue = due;
        updatedAt = now;
        log(now, ProposalEventKind.ASSIGNED, null, true);
    }

    /**
     * Records the assigned service's answer. Reasons are required for a refusal or changes (and published); the
     * service's cost replaces the holder's estimate and must fit the envelope.
     */
    public void review(long reviewerServiceId, ReviewOutcome outcome, String reasons, String scope, Long serviceCost,
            Instant now) {
        if (status != ProposalStatus.SUBMITTED || serviceId == null) {
            throw new BusinessException("budget.review.not-reviewable");
        }
        if (serviceId != reviewerServiceId) {
            throw new BusinessException("budget.review.other-service");
        }
        if (outcome == null) {
            throw new BusinessException("budget.review.outcome-required");
        }
        String r = blank(reasons) ? null : limit(reasons.strip(), MAX_REASON, "budget.reason.too-long");
        String s = blank(scope) ? null : limit(scope.strip(), MAX_REASON, "budget.reason.too-long");
        if (outcome != ReviewOutcome.FEASIBLE && r == null) {
            throw new BusinessException("budget.review.reasons-required");
        }
        if (outcome == ReviewOutcome.FEASIBLE_WITH_CHANGES && s == null) {
            throw new BusinessException("budget.review.scope-required");
        }
        if (outcome != ReviewOutcome.NOT_FEASIBLE) {
            if (serviceCost == null || serviceCost <= 0) {
                throw new BusinessException("budget.proposal.cost-positive");
            }
            long ceiling = edition.ceilingFor(envelopeCode);
            if (serviceCost > ceiling) {
                throw new BusinessException("budget.proposal.cost-over-envelope", ceiling);
            }
        }
        status = outcome.status();
        reviewReasons = r;
        reviewScope = s;
        serviceEuros = outcome == ReviewOutcome.NOT_FEASIBLE ? null : serviceCost;
        changesRequested = null;
        updatedAt = now;
        log(now, ProposalEventKind.REVIEWED, r, true);
    }

    /** The commission citoyenne's decision, with its reason; refused to a member who holds the proposal. */
    public void decide(boolean passed, String reason, String memberEmail, Instant now) {
        if (!status.feasible()) {
            throw new BusinessException("budget.commission.not-decidable");
        }
        if (isHolder(memberEmail)) {
            throw new BusinessException("budget.commission.own-proposal");
        }
        String r = reason(reason, MAX_REASON);
        status = passed ? ProposalStatus.PASSED : ProposalStatus.REJECTED;
        commissionReason = r;
        commissionBy = memberEmail.toLowerCase(Locale.ROOT);
        updatedAt = now;
        log(now, ProposalEventKind.DECIDED, r, true);
    }

    /** Places a proposal the commission passed on the ballot; anything else is refused. */
    public void placeOnBallot(Instant now) {
        if (status != ProposalStatus.PASSED) {
            throw new BusinessException("budget.ballot.not-passed");
        }
        status = ProposalStatus.ON_BALLOT;
        updatedAt = now;
        log(now, ProposalEventKind.BALLOT, null, true);
    }

    /** Adds a co-holder (a collective's member, the resident of an assisted entry). */
    public void addHolder(String email) {
        holders.add(email.strip().toLowerCase(Locale.ROOT));
    }

    /** Removes a holder (erasure of their account); the proposal itself stays, as a public record. */
    public boolean removeHolder(String email) {
        return holders.remove(email.toLowerCase(Locale.ROOT));
    }

    public boolean follow(String email) {
        return followers.add(email.toLowerCase(Locale.ROOT));
    }

    public boolean unfollow(String email) {
        return followers.remove(email.toLowerCase(Locale.ROOT));
    }

    public boolean isHolder(String email) {
        return email != null && holders.contains(email.toLowerCase(Locale.ROOT));
    }

    /** The cost that counts: the service's estimate once reviewed, else the holder's. */
    public Long cost() {
        return serviceEuros != null ? serviceEuros : estimatedEuros;
    }

    public GeoPoint location() {
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }

    /** Visible to the public: deposited, not hidden, not merged away. */
    public boolean isPublic() {
        return status.published() && !hidden;
    }

    /** Assigned and still unanswered after its due date. */
    public boolean reviewOverdue(LocalDate today) {
        return status == ProposalStatus.SUBMITTED && reviewDue != null && today.isAfter(reviewDue);
    }

    private void requirePublished() {
        if (status == ProposalStatus.DRAFT) {
            throw new BusinessException("budget.proposal.unknown");
        }
    }

    private void log(Instant now, ProposalEventKind kind, String reason, boolean isPublic) {
        events.add(new ProposalEvent(this, now, kind, status, reason, isPublic));
    }

    private static String reason(String text, int max) {
        if (blank(text)) {
            throw new BusinessException("budget.reason.required");
        }
        return limit(text.strip(), max, "budget.reason.too-long");
    }

    private static String limit(String text, int max, String key) {
        if (text.length() > max) {
            throw new BusinessException(key, max);
        }
        return text;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    public Edition getEdition() {
        return edition;
    }

    public String getEnvelopeCode() {
        return envelopeCode;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public Long getEstimatedEuros() {
        return estimatedEuros;
    }

    public boolean isInvestmentDeclared() {
        return investmentDeclared;
    }

    public HolderKind getHolderKind() {
        return holderKind;
    }

    public String getHolderName() {
        return holderName;
    }

    public Long getClassAccountId() {
        return classAccountId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public String getAssistedPlace() {
        return assistedPlace;
    }

    public String getAssistedContact() {
        return assistedContact;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public String getChangesRequested() {
        return changesRequested;
    }

    public Proposal getMergedInto() {
        return mergedInto;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public String getReviewReasons() {
        return reviewReasons;
    }

    public String getReviewScope() {
        return reviewScope;
    }

    public Long getServiceEuros() {
        return serviceEuros;
    }

    public String getCommissionReason() {
        return commissionReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<String> getHolders() {
        return Collections.unmodifiableSet(holders);
    }

    public Set<String> getFollowers() {
        return Collections.unmodifiableSet(followers);
    }

    public List<ProposalEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
