package fr.agora.voting;

import fr.agora.shared.service.Hashes;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time voting codes and receipt codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I),
 * printed as three groups of four. Only their SHA-256 (of the normalised form) is ever stored.
 */
public final class VoterCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** Length of a code, without its dashes (60 bits of entropy). */
    public static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VoterCodes() {
    }

    /** A fresh random code. */
    public static String newCode() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** A code as printed: three groups of four. */
    public static String display(String code) {
        String c = normalise(code);
        return c.length() != LENGTH ? c : c.substring(0, 4) + "-" + c.substring(4, 8) + "-" + c.substring(8);
    }

    /** What a person typed, without spaces or dashes, in capitals. */
    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether a typed text can be a code at all (checked before any database look-up). */
    public static boolean wellFormed(String code) {
        String c = normalise(code);
        return c.length() == LENGTH && c.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0);
    }

    /** The stored form: SHA-256 of the normalised code, in hexadecimal. */
    public static String hash(String code) {
        return Hashes.sha256Hex(normalise(code));
    }
}
