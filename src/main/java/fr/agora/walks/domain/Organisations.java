package fr.agora.walks.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Organisation names as people type them: « Amiens Habitat », « amiens  habitat » and « Amiens Habitat » with a
 * non-breaking space are the same organisation. A partner account's organisation is matched this way against a
 * recommendation's addressee.
 */
public final class Organisations {

    private Organisations() {
    }

    /** The comparison key: no accents, lower case, single spaces. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }

    public static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }
}
