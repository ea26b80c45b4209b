package fr.agora.meetings.service;

/**
 * A member of a body as meetings see it.
 *
 * @param key          {@code C-<council member id>} or {@code Q-<comité member id>}
 * @param voting       counts for the quorum (a titulaire, or a comité's voting member)
 * @param suppleantKey for a titulaire, the key of their suppléant (same collège and seat), else null
 * @param shareContact the member agreed to share their contacts with the other members
 */
public record MemberData(String key, String name, String email, String phone, boolean voting, String role,
        String suppleantKey, String titulaireKey, boolean shareContact) {
}
