package fr.agora.meetings.service;

/** An agenda item; {@code contributionId} when it came from an accepted contribution. */
public record AgendaEntry(int position, String title, String detail, Long contributionId) {
}
