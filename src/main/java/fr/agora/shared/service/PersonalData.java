package fr.agora.shared.service;

import java.util.Map;

/**
 * A feature's part of a person's personal data: exported with "Télécharger mes données" (right of access and
 * portability) and erased when the account is deleted (right to erasure). <b>How a feature contributes:</b> a
 * {@code @Component} implementing this interface in its {@code service} package; {@link AccountService} calls
 * every contributor inside the export's and the deletion's transaction, so a failure leaves nothing half-erased.
 */
public interface PersonalData {

    /** The key of this feature's part in the exported JSON, such as {@code walks}. */
    String key();

    /**
     * What the feature holds about this person, as JSON-ready values (maps, lists, strings, numbers); an empty map
     * when nothing.
     */
    Map<String, Object> export(Person person);

    /**
     * Erases or detaches what the feature holds about this person, before the account itself is anonymised.
     * Data kept on another legal basis (a public record, a retention period) stay, and {@link #export} says so.
     */
    void erase(Person person);

    /**
     * The person concerned.
     *
     * @param userId their account's id
     * @param email  their (normalised) e-mail address, by which features that take forms without an account
     *               find their data
     */
    record Person(long userId, String email) {
    }
}
