package fr.agora.budget.domain;

import fr.agora.shared.domain.BusinessException;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A yearly edition of the budget participatif: the total, its earmarked envelopes (never more than the total), the
 * six phases in order with their dates, and the members of its commission citoyenne. Which phase is open is decided
 * from a date the caller takes from the server clock, in Europe/Paris.
 */
@Entity
@Table(name = "budget_edition")
public class Edition {

    public static final long MAX_TOTAL = 1_000_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "total_euros", nullable = false)
    private long totalEuros;

    @Column(name = "review_days", nullable = false)
    private int reviewDays = 21;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_envelope", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "envelope_order")
    private List<Envelope> envelopes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_phase", joinColumns = @JoinColumn(name = "edition_id"))
    private Set<PhaseSchedule> phases = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_commission_member", joinColumns = @JoinColumn(name = "edition_id"))
    @Column(name = "email", nullable = false, length = 254)
    private Set<String> commission = new HashSet<>();

    @Version
    private long version;

    protected Edition() {
    }

    public Edition(int year, String title, long totalEuros, Instant createdAt) {
        this.year = year;
        this.createdAt = createdAt;
        describe(year, title, totalEuros);
    }

    /** Sets the year, title and total; a total below the envelopes already set is refused. */
    public void describe(int year, String title, long totalEuros) {
        if (year < 2000 || year > 2100) {
            throw new BusinessException("budget.edition.year");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new BusinessException("budget.edition.title");
        }
        if (totalEuros <= 0 || totalEuros > MAX_TOTAL) {
            throw new BusinessException("budget.edition.total");
        }
        if (earmarked(envelopes) > totalEuros) {
            throw new BusinessException("budget.envelope.over-total");
        }
        this.year = year;
        this.title = title.strip();
        this.totalEuros = totalEuros;
    }

    /** Replaces the envelopes; refused when they add up to more than the total, or when two share a code. */
    public void setEnvelopes(List<Envelope> list) {
        if (earmarked(list) > totalEuros) {
            throw new BusinessException("budget.envelope.over-total");
        }
        if (list.stream().map(Envelope::getCode).distinct().count() != list.size()) {
            throw new BusinessException("budget.envelope.duplicate");
        }
        if (list.stream().filter(e -> e.getKind() == EnvelopeKind.CLASSES).count() > 1) {
            throw new BusinessException("budget.envelope.one-classes");
        }
        envelopes.clear();
        envelopes.addAll(list);
    }

    private static long earmarked(List<Envelope> list) {
        return list.stream().mapToLong(Envelope::getAmountEuros).sum();
    }

    /**
     * Replaces the phases: all six, in their order, without overlap (a phase starts after the previous one ends).
     */
    public void setPhases(List<PhaseSchedule> list) {
        EnumSet<Phase> seen = EnumSet.noneOf(Phase.class);
        list.forEach(p -> seen.add(p.getPhase()));
        if (list.size() != Phase.values().length || seen.size() != Phase.values().length) {
            throw new BusinessException("budget.phase.all-required");
        }
        List<PhaseSchedule> ordered = list.stream().sorted(Comparator.comparing(PhaseSchedule::getPhase)).toList();
        for (int i = 1; i < ordered.size(); i++) {
            if (!ordered.get(i).getStartsOn().isAfter(ordered.get(i - 1).getEndsOn())) {
                throw new BusinessException("budget.phase.overlap");
            }
        }
        phases.clear();
        phases.addAll(list);
    }

    public void setReviewDays(int days) {
        if (days < 1 || days > 365) {
            throw new BusinessException("budget.edition.review-days");
        }
        this.reviewDays = days;
    }

    /** The phase open on {@code day}, if any (before the dépôt, between phases and after the end there is none). */
    public Optional<PhaseSchedule> phaseOn(LocalDate day) {
        return phases.stream().filter(p -> p.contains(day)).findFirst();
    }

    public Optional<PhaseSchedule> phase(Phase phase) {
        return phases.stream().filter(p -> p.getPhase() == phase).findFirst();
    }

    /** Whether residents may deposit and edit proposals on {@code day}. */
    public boolean proposalsOpenOn(LocalDate day) {
        return phaseOn(day).map(PhaseSchedule::isProposalsOpen).orElse(false);
    }

    public boolean flagsOpenOn(LocalDate day) {
        return phaseOn(day).map(PhaseSchedule::isFlagsOpen).orElse(false);
    }

    public boolean followingOpenOn(LocalDate day) {
        return phaseOn(day).map(PhaseSchedule::isFollowingOpen).orElse(true);
    }

    /** Whether {@code day} falls between the first day of the dépôt and the last day of the réalisation. */
    public boolean runningOn(LocalDate day) {
        return phase(Phase.DEPOT).map(p -> !day.isBefore(p.getStartsOn())).orElse(false)
                && phase(Phase.REALISATION).map(p -> !day.isAfter(p.getEndsOn())).orElse(false);
    }

    public Optional<Envelope> envelope(String code) {
        return code == null ? Optional.empty() : envelopes.stream().filter(e -> e.getCode().equals(code)).findFirst();
    }

    public Optional<Envelope> classesEnvelope() {
        return envelopes.stream().filter(e -> e.getKind() == EnvelopeKind.CLASSES).findFirst();
    }

    public Optional<Envelope> territoryEnvelope(Long territoryId) {
        return territoryId == null ? Optional.empty()
                : envelopes.stream().filter(e -> territoryId.equals(e.getTerritoryId())).findFirst();
    }

    /** The most a proposal may cost: its envelope's amount, or the part of the total that is not earmarked. */
    public long ceilingFor(String envelopeCode) {
        return envelope(envelopeCode).map(Envelope::getAmountEuros).orElse(totalEuros - earmarked(envelopes));
    }

    public void addCommissionMember(String email) {
        commission.add(email.strip().toLowerCase(Locale.ROOT));
    }

    public boolean removeCommissionMember(String email) {
        return commission.remove(email.strip().toLowerCase(Locale.ROOT));
    }

    public boolean isCommissionMember(String email) {
        return email != null && commission.contains(email.toLowerCase(Locale.ROOT));
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public long getTotalEuros() {
        return totalEuros;
    }

    public int getReviewDays() {
        return reviewDays;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Envelope> getEnvelopes() {
        return Collections.unmodifiableList(envelopes);
    }

    /** The phases in their order. */
    public List<PhaseSchedule> getPhases() {
        return phases.stream().sorted(Comparator.comparing(PhaseSchedule::getPhase)).toList();
    }

    public Set<String> getCommission() {
        return Collections.unmodifiableSet(commission);
    }
}
