package fr.agora.council.service;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.PhoneNumber;
import fr.agora.shared.service.Hashes;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The checks of what a person types into a candidacy (names, free text, e-mail, phone), each refusing with its own
 * French message, and the keys that make two candidacies the same person or organisation.
 */
final class ApplicationChecks {

    private ApplicationChecks() {
    }

    static String name(String value, String error) {
        String v = text(value, 100, error);
        if (v.chars().anyMatch(ch -> Character.isISOControl(ch) || ch == '<' || ch == '>')) {
            throw new BusinessException(error);
        }
        return v;
    }

    static String text(String value, int max, String error) {
        if (value == null || value.isBlank() || value.strip().length() > max
                || value.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n')) {
            throw new BusinessException(error);
        }
        return value.strip();
    }

    static String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String e = EmailAddress.normalise(value);
        if (!EmailAddress.isValid(e)) {
            throw new BusinessException("candidacy.error.email");
        }
        return e;
    }

    static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String p = value.strip();
        if (!PhoneNumber.isValid(p)) {
            throw new BusinessException("candidacy.error.phone");
        }
        return p;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** What makes two residents' candidacies the same person (accents and case aside). */
    static String personKey(String lastName, String firstName, LocalDate birthDate) {
        return key("resident", fold(lastName), fold(firstName), birthDate.toString());
    }

    static String key(String... parts) {
        return Hashes.sha256Hex(String.join("\u001f", parts));
    }
}
