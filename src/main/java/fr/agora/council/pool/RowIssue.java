package fr.agora.council.pool;

import java.util.List;

/**
 * Why a row was rejected (invalid data) or left out (a valid row of a person who cannot be drawn, such as a child).
 *
 * @param file the file's name
 * @param line the row's line in the file (the header is line 1)
 * @param key  message key of the reason
 * @param args its arguments
 */
public record RowIssue(String file, int line, String key, List<Object> args) {

    public RowIssue {
        args = List.copyOf(args);
    }

    static RowIssue of(String file, int line, String key, Object... args) {
        return new RowIssue(file, line, key, List.of(args));
    }
}
