package fr.agora.meetings.service;

/** A freshly made private feed URL, shown once (only its hash is kept). */
public record FeedLink(long id, String bodyName, boolean personal, String url) {
}
