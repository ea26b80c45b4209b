package fr.agora.walks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A partner of a walk: its kind and the organisation's name (as partner accounts carry it).
 *
 * @param kind the kind of partner
 * @param name the organisation, for example « Amiens Habitat »
 */
@Embeddable
public record WalkPartner(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 24) PartnerKind kind,
        @Column(name = "name", nullable = false, length = 160) String name) {

    public WalkPartner {
        Objects.requireNonNull(kind);
        if (name == null || name.isBlank() || name.length() > 160) {
            throw new IllegalArgumentException("Nom de partenaire invalide");
        }
        name = name.strip();
    }
}
