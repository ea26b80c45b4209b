package fr.agora.shared.service;

/**
 * An account as features see it: who, not how to log in. Features keep the {@link #id()} (a participant, an author)
 * and ask {@link AccountDirectory} for the rest when they need it.
 *
 * @param id           the account's id
 * @param email        its e-mail address
 * @param displayName  the name shown
 * @param organisation the organisation a partner account speaks for, or null
 * @param locale       {@code fr} or {@code en}, for mails
 */
public record AccountRef(long id, String email, String displayName, String organisation, String locale) {
}
