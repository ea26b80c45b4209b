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
import java.time.Instant;

/**
 * A comité de quartier whose perimeter intersects a council's territory, as staff recorded it (no perimeters exist
 * yet). Only the linked comités designate membres de droit to the council.
 */
@Entity
@Table(name = "council_comite")
public class ComiteLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_id")
    private Council council;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comite_id")
    private Territory comite;

    @Column(name = "linked_by", nullable = false, length = 254)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected ComiteLink() {
    }

    public ComiteLink(Council council, Territory comite, String linkedBy, Instant linkedAt) {
        this.council = council;
        this.comite = comite;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
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

    public String getLinkedBy() {
        return linkedBy;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
