package fr.agora.shared.service;

/**
 * Something residents can act on now (an open call, a vote under way), shown on the home page.
 *
 * @param title  what it is, in the reader's language
 * @param detail until when, or for whom
 * @param path   the page to act on, relative to the portal's root
 */
public record Highlight(String title, String detail, String path) {
}
