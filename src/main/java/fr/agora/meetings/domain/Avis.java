package fr.agora.meetings.domain;

import fr.agora.shared.domain.BusinessException;
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
import java.time.Instant;
import java.time.LocalDate;

/** A resident's avis on a chantier (one each, in the window) or a comment during the works; moderated before shown. */
@Entity
@Table(name = "chantier_avis")
public class Avis {

    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chantier_id")
    private Chantier chantier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AvisKind kind;

    @Column(name = "author_email", nullable = false, length = 254)
    private String authorEmail;

    @Column(name = "author_name", nullable = false, length = 160)
    private String authorName;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AvisStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "moderated_by", length = 254)
    private String moderatedBy;

    protected Avis() {
    }

    /** An avis in the window, or a comment after it; refused before the window opens or once the chantier closed. */
    public Avis(Chantier chantier, String authorEmail, String authorName, String body, LocalDate today, Instant now) {
        if (chantier.collectsAvis(today)) {
            this.kind = AvisKind.AVIS;
        } else if (chantier.takesComments(today)) {
            this.kind = AvisKind.COMMENT;
        } else {
            throw new BusinessException("consultations.error.not-open");
        }
        this.chantier = chantier;
        this.authorEmail = authorEmail;
        this.authorName = authorName;
        this.body = body;
        this.status = AvisStatus.PENDING;
        this.submittedAt = now;
    }

    public void moderate(boolean publish, String by) {
        if (status != AvisStatus.PENDING) {
            throw new BusinessException("consultations.error.moderated");
        }
        this.status = publish ? AvisStatus.PUBLISHED : AvisStatus.REJECTED;
        this.moderatedBy = by;
    }

    /** Detaches the author (account erased); the text stays as part of the meeting's or consultation's record. */
    public void anonymise() {
        this.authorEmail = "efface-" + id + "@invalid";
        this.authorName = "—";
    }

    public Long getId() {
        return id;
    }

    public Chantier getChantier() {
        return chantier;
    }

    public AvisKind getKind() {
        return kind;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public AvisStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
