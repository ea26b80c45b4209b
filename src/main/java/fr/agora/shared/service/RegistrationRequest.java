package fr.agora.shared.service;

/**
 * What a resident enters to register.
 *
 * @param email       e-mail address (login)
 * @param displayName the name shown to others
 * @param password    clear-text password, checked against the password policy then hashed
 * @param quartierId  optional quartier of residence (a QPV, veille or comité territory)
 * @param consent     consent to the processing notice
 * @param locale      preferred language ({@code fr} or {@code en})
 */
public record RegistrationRequest(String email, String displayName, String password, Long quartierId,
        boolean consent, String locale) {

    @Override
    public String toString() {
        return "RegistrationRequest[email=" + email + ", displayName=" + displayName + ", password=***]";
    }
}
