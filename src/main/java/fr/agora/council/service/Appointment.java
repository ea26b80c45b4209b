package fr.agora.council.service;

/**
 * One person to appoint to a seat position.
 *
 * @param organisation the association or comité de quartier, for the Associations collège; null otherwise
 */
public record Appointment(String fullName, String organisation, String email, String phone, boolean publicConsent) {
}
