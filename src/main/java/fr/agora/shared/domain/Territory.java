package fr.agora.shared.domain;

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
import java.time.LocalDate;

/**
 * A versioned piece of geography: a territory is valid from a date and, once superseded, until a date, so that
 * history keeps the geography in force at the time (Elbeuf-Lescouvé was veille active, then a QPV from 2024).
 */
@Entity
@Table(name = "territory")
public class Territory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TerritoryKind kind;

    @Column(nullable = false, length = 160)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Territory parent;

    private Integer population;

    @Column(name = "population_year")
    private Integer populationYear;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "centre_lat")
    private Double centreLat;

    @Column(name = "centre_lon")
    private Double centreLon;

    @Column(name = "polygon_geojson", columnDefinition = "mediumtext")
    private String polygonGeoJson;

    @Column(length = 255)
    private String source;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected Territory() {
    }

    public Territory(String code, TerritoryKind kind, String name, LocalDate validFrom) {
        this.code = code;
        this.kind = kind;
        this.name = name;
        this.validFrom = validFrom;
    }

    /** True when the territory is in force on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Ends this version of the territory on {@code lastDay}. */
    public void retire(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("La date de fin précède la date de début");
        }
        this.validTo = lastDay;
    }

    public void setValidity(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new IllegalArgumentException("La date de début est obligatoire");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("La date de fin précède la date de début");
        }
        this.validFrom = from;
        this.validTo = to;
    }

    public GeoPoint getCentre() {
        return centreLat == null || centreLon == null ? null : new GeoPoint(centreLat, centreLon);
    }

    public void setCentre(GeoPoint centre) {
        this.centreLat = centre == null ? null : centre.lat();
        this.centreLon = centre == null ? null : centre.lon();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public TerritoryKind getKind() {
        return kind;
    }

    public void setKind(TerritoryKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Territory getParent() {
        return parent;
    }

    public void setParent(Territory parent) {
        if (parent != null && parent == this) {
            throw new IllegalArgumentException("Un territoire ne peut pas être son propre parent");
        }
        this.parent = parent;
    }

    public Integer getPopulation() {
        return population;
    }

    public Integer getPopulationYear() {
        return populationYear;
    }

    public void setPopulation(Integer population, Integer year) {
        if (population != null && population < 0) {
            throw new IllegalArgumentException("La population ne peut pas être négative");
        }
        this.population = population;
        this.populationYear = year;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getPolygonGeoJson() {
        return polygonGeoJson;
    }

    public void setPolygonGeoJson(String polygonGeoJson) {
        this.polygonGeoJson = polygonGeoJson;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public long getVersion() {
        return version;
    }
}
