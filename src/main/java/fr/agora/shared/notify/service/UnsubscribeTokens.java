package fr.agora.shared.notify.service;

import fr.agora.shared.notify.domain.Subscription;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The unsubscribe links' tokens: {@code <subscription id>-<HMAC-SHA-256>} over the subscription's id and the
 * instant of its opt-in, with the portal's key ({@code agora.notify.unsubscribe-key}). Nothing is stored: the token
 * is checked by computing it again. A tampered id or signature fails; opting in again changes the instant, which
 * voids the links mailed before. Without a configured key a random one is drawn at start-up (links then die with a
 * restart: fine for a developer, not for production, whose configuration requires the key).
 */
@Component
class UnsubscribeTokens {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeTokens.class);
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("([0-9]{1,18})-([A-Za-z0-9_\\-]{43})");

    private final byte[] key;

    UnsubscribeTokens(@Value("${agora.notify.unsubscribe-key:}") String configured) {
        if (configured == null || configured.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            log.warn("agora.notify.unsubscribe-key absent : clé de désabonnement tirée au hasard, les liens envoyés "
                    + "ne vaudront plus après un redémarrage");
        } else if (configured.length() < 32) {
            throw new IllegalStateException("agora.notify.unsubscribe-key : au moins 32 caractères");
        } else {
            key = configured.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The token of a subscription's unsubscribe link. */
    String sign(Subscription s) {
        return s.getId() + "-" + mac(s.getId(), s.getOptedInAt().toEpochMilli());
    }

    /** The subscription id a token names, if it has the token's shape (the signature is checked by {@link #valid}). */
    static OptionalLong subscriptionId(String token) {
        if (token == null) {
            return OptionalLong.empty();
        }
        java.util.regex.Matcher m = SHAPE.matcher(token);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** Whether {@code token} is this subscription's (constant-time comparison). */
    boolean valid(String token, Subscription s) {
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                sign(s).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(long id, long optedInMillis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] out = mac.doFinal(("agora-unsubscribe:" + id + ":" + optedInMillis).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
