package fr.agora.shared.notify;

import java.util.Objects;
import java.util.Set;

/**
 * One piece of news for the people who chose its topic.
 *
 * @param topic     what it is about
 * @param subject   the mail's subject (without the "Agora : " prefix)
 * @param text      what happened, in plain text (French; a line in English may follow)
 * @param link      the public page to read more, absolute, or null
 * @param followers the e-mail addresses of the people who follow this very thing in the feature (a proposal's
 *                  followers, a walk's participants): they get it when they chose "the ones I follow" of its kind.
 *                  Following alone is not consent: nobody is mailed without an opt-in.
 */
public record Notice(Topic topic, String subject, String text, String link, Set<String> followers) {

    public Notice {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        followers = followers == null ? Set.of() : Set.copyOf(followers);
    }

    public Notice(Topic topic, String subject, String text, String link) {
        this(topic, subject, text, link, Set.of());
    }
}
