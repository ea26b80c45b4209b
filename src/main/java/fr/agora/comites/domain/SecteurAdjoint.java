package fr.agora.comites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The maire adjoint de secteur, « l'interlocuteur direct des Comités de quartier » of a secteur. */
@Entity
@Table(name = "comite_secteur")
public class SecteurAdjoint {

    @Id
    @Column(name = "secteur_id")
    private Long secteurId;

    @Column(name = "maire_adjoint", nullable = false, length = 160)
    private String maireAdjoint;

    @Version
    private long version;

    protected SecteurAdjoint() {
    }

    public SecteurAdjoint(long secteurId, String maireAdjoint) {
        this.secteurId = secteurId;
        this.maireAdjoint = maireAdjoint;
    }

    public void rename(String maireAdjoint) {
        this.maireAdjoint = maireAdjoint;
    }

    public Long getSecteurId() {
        return secteurId;
    }

    public String getMaireAdjoint() {
        return maireAdjoint;
    }
}
