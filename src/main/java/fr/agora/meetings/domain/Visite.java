package fr.agora.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A visite de proximité: « des élus et des Services, organisée avec le Comité de quartier sur son périmètre
 * géographique », at least once a year per comité.
 */
@Entity
@Table(name = "visite")
public class Visite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The comité's territory, by id. */
    @Column(name = "comite_id", nullable = false)
    private long comiteId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(length = 500)
    private String route;

    @Column(length = 500)
    private String elus;

    @Column(length = 500)
    private String services;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected Visite() {
    }

    public Visite(long comiteId, LocalDate visitDate, String route, String elus, String services, String createdBy,
            Instant now) {
        this.comiteId = comiteId;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(visitDate, route, elus, services);
    }

    public void describe(LocalDate visitDate, String route, String elus, String services) {
        this.visitDate = visitDate;
        this.route = route;
        this.elus = elus;
        this.services = services;
    }

    public void markDemo() {
        this.demo = true;
    }

    public Long getId() {
        return id;
    }

    public long getComiteId() {
        return comiteId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public String getRoute() {
        return route;
    }

    public String getElus() {
        return elus;
    }

    public String getServices() {
        return services;
    }

    public boolean isDemo() {
        return demo;
    }
}
