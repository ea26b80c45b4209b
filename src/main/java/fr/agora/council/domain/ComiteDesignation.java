package fr.agora.council.domain;

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

/**
 * A comité de quartier's designation of its membres de droit to a council: the titulaire and suppléant it named,
 * who designated them and when. A comité has at most one active designation per council (the database enforces
 * it); a new designation ends the previous one, which stays as history.
 */
@Entity
@Table(name = "council_comite_designation")
public class ComiteDesignation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_id")
    private Council council;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comite_id")
    private Territory comite;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "titulaire_id")
    private CouncilMember titulaire;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suppleant_id")
    private CouncilMember suppleant;

    @Column(name = "designated_by", nullable = false, length = 254)
    private String designatedBy;

    /** True when staff entered the designation on the comité's behalf. */
    @Column(name = "on_behalf", nullable = false)
    private boolean onBehalf;

    @Column(name = "designated_at", nullable = false)
    private Instant designatedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 254)
    private String endedBy;

    @Version
    private long version;

    protected ComiteDesignation() {
    }

    public ComiteDesignation(Council council, Territory comite, CouncilMember titulaire, CouncilMember suppleant,
            String designatedBy, boolean onBehalf, Instant designatedAt) {
        this.council = council;
        this.comite = comite;
        this.titulaire = titulaire;
        this.suppleant = suppleant;
        this.designatedBy = designatedBy;
        this.onBehalf = onBehalf;
        this.designatedAt = designatedAt;
    }

    /** Ends the designation (replaced, or the comité is no longer linked to the council). */
    public void end(String by, Instant at) {
        if (endedAt != null) {
            throw new IllegalStateException("designation already ended");
        }
        this.endedAt = at;
        this.endedBy = by;
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Council getCouncil() {
        return council;
    }

    public Territory getComite() {
        return comite;
    }

    public CouncilMember getTitulaire() {
        return titulaire;
    }

    public CouncilMember getSuppleant() {
        return suppleant;
    }

    public String getDesignatedBy() {
        return designatedBy;
    }

    public boolean isOnBehalf() {
        return onBehalf;
    }

    public Instant getDesignatedAt() {
        return designatedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }
}
