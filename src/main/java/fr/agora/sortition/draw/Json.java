package fr.agora.sortition.draw;

import java.util.List;
import java.util.Locale;

/**
 * The canonical JSON writing rules shared by the commitment and the record: no insignificant
 * whitespace except where the caller writes it, members in a fixed documented order, integers in plain
 * decimal, probabilities with a fixed number of decimals ({@code %.6f} or {@code %.3f}, Locale.ROOT),
 * strings in double quotes with only {@code "} → {@code \"}, {@code \} → {@code \\} and control
 * characters below U+0020 → {@code \}{@code u00xx} (lower-case hex) escaped; every other character is
 * written as itself in UTF-8.
 */
public final class Json {

    private Json() {
    }

    public static void string(StringBuilder out, String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    public static void strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, values.get(i));
        }
        out.append(']');
    }

    public static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
