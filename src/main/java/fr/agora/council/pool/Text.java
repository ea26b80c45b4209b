package fr.agora.council.pool;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Normalisation used to compare names, addresses and header labels: no accents, lower case, single spaces. */
final class Text {

    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("bd", "boulevard"), Map.entry("bld", "boulevard"), Map.entry("boul", "boulevard"),
            Map.entry("av", "avenue"), Map.entry("ave", "avenue"), Map.entry("pl", "place"),
            Map.entry("r", "rue"), Map.entry("rte", "route"), Map.entry("ch", "chemin"), Map.entry("chem", "chemin"),
            Map.entry("imp", "impasse"), Map.entry("all", "allee"), Map.entry("sq", "square"),
            Map.entry("res", "residence"), Map.entry("resid", "residence"), Map.entry("fg", "faubourg"),
            Map.entry("fbg", "faubourg"), Map.entry("st", "saint"), Map.entry("ste", "sainte"),
            Map.entry("apt", "appartement"), Map.entry("app", "appartement"), Map.entry("bat", "batiment"),
            Map.entry("bis", "bis"));

    private Text() {
    }

    /** Lower case, accents removed, every run of other characters than letters and digits turned into a space. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replace('œ', 'o').replace('æ', 'a');
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** {@link #fold} plus the usual French street abbreviations written out, so "12 bd" = "12 Boulevard". */
    static String foldAddress(String s) {
        String[] words = fold(s).split(" ");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(STREET_WORDS.getOrDefault(w, w));
        }
        return out.toString();
    }

    /** True when {@code s} holds control characters other than tab (which a field never legitimately needs). */
    static boolean hasControlCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                return true;
            }
        }
        return false;
    }
}
