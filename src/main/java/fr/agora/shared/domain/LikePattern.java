package fr.agora.shared.domain;

import java.util.Locale;

/**
 * A {@code LIKE} pattern that matches what a person typed literally: {@code %} and {@code _} in a search box are
 * characters to find, not wildcards (otherwise "%" lists every account and "_" every e-mail). Queries use it as
 * {@code lower(x) like :pattern escape '!'} ({@code !} rather than a backslash, which MariaDB string literals
 * would read as an escape of their own).
 */
public final class LikePattern {

    /** The escape character the queries declare. */
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    /** A lower-case pattern matching values that contain {@code text}. */
    public static String contains(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder("%");
        for (char c : t.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.append('%').toString();
    }
}
