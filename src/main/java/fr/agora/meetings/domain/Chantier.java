package fr.agora.meetings.domain;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A chantier and its consultation before works: « l'information, la concertation et le recueil des avis des
 * habitants … avant la mise en chantier ». The window must close before the planned start; closing the consultation
 * needs a published « prise en compte » summary; comments stay possible during the works.
 */
@Entity
@Table(name = "chantier")
public class Chantier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 255)
    private String location;

    @Column(nullable = false)
    private double lat;

    @Column(nullable = false)
    private double lon;

    /** The comité de quartier concerned (a territory id), or null. */
    @Column(name = "comite_id")
    private Long comiteId;

    @Column(nullable = false, length = 500)
    private String services;

    @Column(nullable = false, length = 4000)
    private String information;

    @Column(length = 2000)
    private String documents;

    @Column(name = "works_start", nullable = false)
    private LocalDate worksStart;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChantierStatus status;

    @Column(length = 8000)
    private String summary;

    @Column(name = "summary_published_at")
    private Instant summaryPublishedAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected Chantier() {
    }

    public Chantier(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = ChantierStatus.OPEN;
    }

    /** Describes the chantier; refused when the window does not close before the works start. */
    public void describe(String title, String location, GeoPoint point, Long comiteId, String services,
            String information, String documents, LocalDate worksStart, LocalDate opensOn, LocalDate closesOn) {
        if (status == ChantierStatus.CLOSED) {
            throw new BusinessException("consultations.error.closed");
        }
        if (worksStart == null || opensOn == null || closesOn == null) {
            throw new BusinessException("consultations.error.dates-required");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new BusinessException("consultations.error.window-order");
        }
        if (!closesOn.isBefore(worksStart)) {
            throw new BusinessException("consultations.error.window-after-start");
        }
        this.title = title;
        this.location = location;
        this.lat = point.lat();
        this.lon = point.lon();
        this.comiteId = comiteId;
        this.services = services;
        this.information = information;
        this.documents = documents;
        this.worksStart = worksStart;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    /** Avis are collected from the opening to the closing day included. */
    public boolean collectsAvis(LocalDate today) {
        return status == ChantierStatus.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    /** Comments once the window closed, including during the works. */
    public boolean takesComments(LocalDate today) {
        return today.isAfter(closesOn);
    }

    /** Publishes the « prise en compte » summary (possible once the window closed). */
    public void publishSummary(String text, LocalDate today, Instant now) {
        if (!today.isAfter(closesOn)) {
            throw new BusinessException("consultations.error.summary-too-early");
        }
        if (text == null || text.isBlank()) {
            throw new BusinessException("consultations.error.summary-required");
        }
        this.summary = text.strip();
        this.summaryPublishedAt = now;
    }

    /** Closes the consultation: refused without a published summary. */
    public void close() {
        if (summaryPublishedAt == null) {
            throw new BusinessException("consultations.error.close-without-summary");
        }
        this.status = ChantierStatus.CLOSED;
    }

    public void markDemo() {
        this.demo = true;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getLocation() {
        return location;
    }

    public GeoPoint getPoint() {
        return new GeoPoint(lat, lon);
    }

    public Long getComiteId() {
        return comiteId;
    }

    public String getServices() {
        return services;
    }

    public String getInformation() {
        return information;
    }

    public String getDocuments() {
        return documents;
    }

    public LocalDate getWorksStart() {
        return worksStart;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public ChantierStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getSummaryPublishedAt() {
        return summaryPublishedAt;
    }

    public boolean isDemo() {
        return demo;
    }
}
