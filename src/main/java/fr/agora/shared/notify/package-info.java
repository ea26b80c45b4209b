/**
 * Notifications a person chooses (issue 13): by e-mail, per topic (their quartier, a council, the proposals they
 * follow, the walks they took part in), immediately or in a weekly digest, each mail with a one-click unsubscribe
 * link that needs no account. Nothing leaves without an explicit opt-in recorded with its date.
 *
 * <p><b>How a feature notifies:</b> it builds a {@link fr.agora.shared.notify.Notice} for a
 * {@link fr.agora.shared.notify.Topic} and calls {@link fr.agora.shared.notify.Notifier#publish}; the people who
 * chose that topic get it, in the way they chose. A feature whose topics are picked from a list (the councils)
 * contributes a {@link fr.agora.shared.notify.TopicCatalog} bean. SMS is designed for
 * ({@link fr.agora.shared.notify.SmsChannel}) but not sent.
 */
package fr.agora.shared.notify;
