package fr.agora.shared.service;

import fr.agora.shared.domain.Role;
import java.time.Instant;
import java.util.Set;

/** A user's own profile, as the profile page shows it. */
public record ProfileData(long id, String email, String displayName, Long quartierId, String quartierName,
        String locale, Set<Role> roles, Instant createdAt, Instant consentAt, String consentVersion) {
}
