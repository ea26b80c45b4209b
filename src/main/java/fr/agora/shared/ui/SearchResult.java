package fr.agora.shared.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One public page that matches a search, from the feature that owns it. <b>How a feature contributes:</b> a
 * {@code @Component} implementing {@link Source} in its {@code ui} package, searching its own public content (never
 * what only staff may see); {@link SearchView} asks every source, so that a new feature is searched without a change
 * here.
 *
 * @param kindKey        message key naming what it is ("Conseil citoyen", "Marche exploratoire")
 * @param title          its title
 * @param detail         one line of context (quartier, date, state)
 * @param territoryCodes the quartiers it concerns, for the quartier filter
 * @param target         its page
 */
public record SearchResult(String kindKey, String title, String detail, Set<String> territoryCodes, RouteTarget target) {

    /** A feature's public content, searched. */
    public interface Source {

        /**
         * The public pages whose text contains every word of {@code words} (lower case, accents kept), at most a few
         * dozen; {@code locale} for the details.
         */
        List<SearchResult> search(List<String> words, Locale locale);
    }

    /** Whether {@code text} contains every word (case-insensitive). */
    public static boolean matches(String text, List<String> words) {
        String haystack = text.toLowerCase(Locale.ROOT);
        return words.stream().allMatch(haystack::contains);
    }
}
