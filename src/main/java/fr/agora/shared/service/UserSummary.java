package fr.agora.shared.service;

import fr.agora.shared.domain.Role;
import java.time.Instant;
import java.util.Set;

/** One row of the admin users view. */
public record UserSummary(long id, String email, String displayName, Set<Role> roles, boolean emailVerified,
        boolean enabled, boolean locked, String organisation, Instant createdAt, Instant lastLoginAt, Long quartierId,
        String quartierName) {
}
