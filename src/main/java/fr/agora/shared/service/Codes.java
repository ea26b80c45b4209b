package fr.agora.shared.service;

import java.text.Normalizer;
import java.util.Locale;

/** Codes made of labels, for the lists staff keep (walk criteria, proposal categories, theme envelopes). */
public final class Codes {

    private Codes() {
    }

    /** « Éclairage public » gives ECLAIRAGE_PUBLIC: capitals, no accents, words joined by '_'; "" for null. */
    public static String upperSnake(String label) {
        if (label == null) {
            return "";
        }
        return Normalizer.normalize(label.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
