package fr.agora.shared.service;

import java.security.SecureRandom;
import java.util.Base64;

/** Random one-time tokens (256 bits, URL-safe) and their SHA-256, which is what the database stores. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Hashes.sha256Hex(token);
    }
}
