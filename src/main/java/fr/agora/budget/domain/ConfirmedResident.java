package fr.agora.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;

/** A resident whose residence staff confirmed for an edition's vote (imported list or counter). */
@Entity
@Table(name = "budget_vote_confirmed")
@IdClass(ConfirmedResident.Key.class)
public class ConfirmedResident {

    /** The composite key. */
    public record Key(Long editionId, String email) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "edition_id")
    private Long editionId;

    @Id
    @Column(length = 254)
    private String email;

    protected ConfirmedResident() {
    }

    public ConfirmedResident(long editionId, String email) {
        this.editionId = editionId;
        this.email = email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getEditionId() {
        return editionId;
    }

    public String getEmail() {
        return email;
    }
}
