package fr.agora.meetings.domain;

import fr.agora.shared.domain.Territory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comite_id")
    private Territory comite;

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

    public Visite(Territory comite, LocalDate visitDate, String route, String elus, String services, String createdBy,
            Instant now) {
        this.comite = comite;
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

    public Territory getComite() {
        return comite;
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
