package fr.agora.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The minimum password strength: at least 10 characters from at least 3 of the 4 classes (lower case, upper
 * case, digit, other), not a well-known password, and not containing the e-mail's local part.
 * Returns message keys so the UI can translate them.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "motdepasse", "motdepasse1", "azertyuiop", "azerty1234", "1234567890", "password123", "password1",
            "qwertyuiop", "0123456789", "soleil1234", "bonjour123", "amiens2024", "amiens2025", "amiens2026",
            "iloveyou12", "doudou1234", "loulou1234", "marseille13", "chouchou12", "123456789a", "azerty123!");

    private PasswordPolicy() {
    }

    /** The problems with {@code password}, as message keys; empty when it is acceptable. */
    public static List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("password.too-short");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.too-long");
            return problems;
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            problems.add("password.too-simple");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            problems.add("password.common");
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                problems.add("password.contains-email");
            }
        }
        return problems;
    }
}
