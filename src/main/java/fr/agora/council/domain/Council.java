package fr.agora.council.domain;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Territory;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A conseil citoyen: one or several QPV (in 2015 one conseil served Marcel Paul and Philéas Lebesgue), the
 * population its seats are computed from (with source and year), its mandate, and the Préfet's arrêté that makes
 * its membership official.
 */
@Entity
@Table(name = "council")
public class Council {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80, unique = true)
    private String slug;

    @Column(nullable = false, length = 160)
    private String name;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "council_territory", joinColumns = @JoinColumn(name = "council_id"),
            inverseJoinColumns = @JoinColumn(name = "territory_id"))
    private Set<Territory> territories = new LinkedHashSet<>();

    @Column(nullable = false)
    private int population;

    @Column(name = "population_source", nullable = false, length = 160)
    private String populationSource;

    @Column(name = "population_year", nullable = false)
    private int populationYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat_rounding", nullable = false, length = 16)
    private SeatRounding seatRounding;

    @Column(name = "membres_de_droit_in_parity", nullable = false)
    private boolean membresDeDroitInParity;

    @Column(name = "mandate_start")
    private LocalDate mandateStart;

    @Column(name = "mandate_years", nullable = false)
    private int mandateYears;

    @Column(name = "arrete_date")
    private LocalDate arreteDate;

    @Column(name = "arrete_reference", length = 120)
    private String arreteReference;

    @Column(name = "arrete_file", length = 255)
    private String arreteFile;

    @Column(name = "arrete_recorded_by", length = 254)
    private String arreteRecordedBy;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "archived_by", length = 254)
    private String archivedBy;

    @Column(name = "population_reference")
    private Integer populationReference;

    @Version
    private long version;

    protected Council() {
    }

    public Council(String slug, String name, Instant now) {
        this.slug = slug;
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Sets what the seats are computed from, refusing what cannot be: a name and a source of at most 160 characters,
     * at least one territory, a population between 1 and 1,000,000 counted between 1990 and this year, a rounding
     * rule, and a mandate of 1 to 6 years.
     *
     * @throws BusinessException with the first refused value's message key
     */
    public void describe(String name, Set<Territory> territories, int population, String populationSource,
            int populationYear, SeatRounding rounding, boolean membresDeDroitInParity, int mandateYears, int thisYear,
            Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > 160) {
            throw new BusinessException("council.error.name");
        }
        if (territories == null || territories.isEmpty()) {
            throw new BusinessException("council.error.territories");
        }
        if (population < 1 || population > 1_000_000) {
            throw new BusinessException("council.error.population");
        }
        if (populationYear < 1990 || populationYear > thisYear) {
            throw new BusinessException("council.error.population-year", thisYear);
        }
        if (populationSource == null || populationSource.isBlank() || populationSource.strip().length() > 160) {
            throw new BusinessException("council.error.population-source");
        }
        if (rounding == null) {
            throw new BusinessException("council.error.rounding");
        }
        if (mandateYears < 1 || mandateYears > 6) {
            throw new BusinessException("council.error.mandate-years");
        }
        this.name = name.strip();
        populationSource = populationSource.strip();
        this.territories = new LinkedHashSet<>(territories);
        this.population = population;
        this.populationSource = populationSource;
        this.populationYear = populationYear;
        this.seatRounding = rounding;
        this.membresDeDroitInParity = membresDeDroitInParity;
        this.mandateYears = mandateYears;
        this.updatedAt = now;
    }

    /** Habitants seats: {@code perThousand} per 1000 inhabitants, rounded by the council's rule. */
    public int habitantSeats(int perThousand) {
        return seatRounding.seats(population, perThousand);
    }

    /** The day the mandate ends (exclusive), or null before it starts. */
    public LocalDate mandateEnd() {
        return mandateStart == null ? null : mandateStart.plusYears(mandateYears);
    }

    /**
     * Starts the mandate (usually on the installation day).
     *
     * @throws BusinessException {@code council.error.mandate-start} without a day
     */
    public void startMandate(LocalDate start, Instant now) {
        if (start == null) {
            throw new BusinessException("council.error.mandate-start");
        }
        this.mandateStart = start;
        this.updatedAt = now;
    }

    /**
     * Checks what an arrêté says before its file is stored: signed on a day not after {@code today}, with a
     * reference of at most 120 characters.
     *
     * @throws BusinessException {@code council.error.arrete-date} or {@code council.error.arrete-reference}
     */
    public static void checkArrete(LocalDate date, String reference, LocalDate today) {
        if (date == null || date.isAfter(today)) {
            throw new BusinessException("council.error.arrete-date");
        }
        if (reference == null || reference.isBlank() || reference.strip().length() > 120) {
            throw new BusinessException("council.error.arrete-reference");
        }
    }

    /**
     * Records the Préfet's arrêté fixing the list of members (checked as {@link #checkArrete}); the service makes
     * the sitting members official.
     */
    public void recordArrete(LocalDate date, String reference, String file, String recordedBy, LocalDate today,
            Instant now) {
        checkArrete(date, reference, today);
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("an arrêté is recorded with its signed file");
        }
        this.arreteDate = date;
        this.arreteReference = reference.strip();
        this.arreteFile = file;
        this.arreteRecordedBy = recordedBy;
        this.updatedAt = now;
    }

    /**
     * Archives the council (its mandate is over, a successor covers its territory): it leaves the lists and frees its
     * QPV for another council; its page, members and draws stay as history.
     *
     * @throws BusinessException {@code council.error.archived} when already archived
     */
    public void archive(String by, Instant now) {
        checkNotArchived();
        this.archivedAt = now;
        this.archivedBy = by;
        this.updatedAt = now;
    }

    /**
     * Refuses a change to an archived council.
     *
     * @throws BusinessException {@code council.error.archived}
     */
    public void checkNotArchived() {
        if (archivedAt != null) {
            throw new BusinessException("council.error.archived");
        }
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    /**
     * Records the territories' reference population when the population entered differs from it (an override), or
     * clears it when they agree.
     */
    public void recordPopulationReference(Integer reference) {
        this.populationReference = reference == null || reference == population ? null : reference;
    }

    /** The territories' reference population that the council's population overrides, or null. */
    public Integer getPopulationReference() {
        return populationReference;
    }

    public void markDemo() {
        this.demo = true;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public Set<Territory> getTerritories() {
        return Collections.unmodifiableSet(territories);
    }

    public int getPopulation() {
        return population;
    }

    public String getPopulationSource() {
        return populationSource;
    }

    public int getPopulationYear() {
        return populationYear;
    }

    public SeatRounding getSeatRounding() {
        return seatRounding;
    }

    public boolean isMembresDeDroitInParity() {
        return membresDeDroitInParity;
    }

    public LocalDate getMandateStart() {
        return mandateStart;
    }

    public int getMandateYears() {
        return mandateYears;
    }

    public LocalDate getArreteDate() {
        return arreteDate;
    }

    public String getArreteReference() {
        return arreteReference;
    }

    public String getArreteFile() {
        return arreteFile;
    }

    public String getArreteRecordedBy() {
        return arreteRecordedBy;
    }

    public boolean isDemo() {
        return demo;
    }
}
