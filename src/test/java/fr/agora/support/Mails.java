package fr.agora.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what GreenMail received. */
public final class Mails {

    private Mails() {
    }

    /** The newest mail to {@code recipient} whose body contains {@code marker}, waiting up to 10 s. */
    public static String lastBodyTo(GreenMail greenMail, String recipient, String marker) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] messages = greenMail.getReceivedMessagesForDomain(recipient);
            String found = Arrays.stream(messages)
                    .map(Mails::text)
                    .filter(b -> b.contains(marker))
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Aucun courriel pour " + recipient + " contenant " + marker);
    }

    /** The token of the first link {@code /path?jeton=…} in a body. */
    public static String token(String body, String path) {
        Matcher m = Pattern.compile(Pattern.quote(path) + "\\?jeton=([A-Za-z0-9_-]+)").matcher(body);
        if (!m.find()) {
            throw new AssertionError("Pas de lien " + path + " dans : " + body);
        }
        return m.group(1);
    }

    /** The decoded text of a plain-text mail. */
    static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String s ? s : GreenMailUtil.getBody(message);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
