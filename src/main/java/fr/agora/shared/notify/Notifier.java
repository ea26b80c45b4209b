package fr.agora.shared.notify;

/**
 * The one way a feature sends news to residents: the people who opted in to the notice's topic (or, for a followed
 * thing, to "the ones I follow" and who are among its followers) get it, by e-mail right away or in their weekly
 * digest, each mail with its one-click unsubscribe link. Call it inside the feature's transaction: mails leave
 * after it commits.
 */
public interface Notifier {

    /**
     * Delivers {@code notice} to everyone who chose it.
     *
     * @return how many people it reached (mailed now or queued for their digest)
     */
    int publish(Notice notice);
}
