package fr.agora.shared.notify.service;

import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.notify.Topic;
import fr.agora.shared.notify.domain.PendingNotice;
import fr.agora.shared.notify.domain.Subscription;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.MailService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the notification mails: the notice, why the person receives it, the one-click unsubscribe link (no account
 * needed) and the RFC 8058 header fields ({@code List-Unsubscribe} with the link that accepts a POST,
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}). The outbox keeps the body with the token masked.
 */
@Component
class NoticeMailer {

    /** The Vaadin page that confirms, for a person who clicks the link in the mail. */
    static final String PAGE = "/desabonnement";
    /** The endpoint mail clients POST to (RFC 8058). */
    static final String ONE_CLICK = "/desabonnement/un-clic";

    private final MailService mail;
    private final UnsubscribeTokens tokens;
    private final TopicLabels labels;
    private final String publicUrl;

    NoticeMailer(MailService mail, UnsubscribeTokens tokens, TopicLabels labels,
            @Value("${agora.public-url}") String publicUrl) {
        this.mail = mail;
        this.tokens = tokens;
        this.labels = labels;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** One notice, now. */
    void sendNow(UserAccount to, Subscription s, String subject, String text, String link) {
        BundleTexts t = texts(to);
        String token = tokens.sign(s);
        StringBuilder body = new StringBuilder(text.strip()).append("\n");
        if (link != null && !link.isBlank()) {
            body.append(link).append("\n");
        }
        body.append("\n-- \n").append(footer(t, s, token));
        mail.send(to.getEmail(), "Agora : " + subject, body.toString(), headers(token), token);
    }

    /** One person's weekly digest: their notices grouped by subscription (topic), each group with its own link. */
    void sendDigest(UserAccount to, Map<Subscription, List<PendingNotice>> groups) {
        BundleTexts t = texts(to);
        StringBuilder body = new StringBuilder(t.get("notify.digest.intro")).append("\n");
        String[] secrets = new String[groups.size()];
        int i = 0;
        for (Map.Entry<Subscription, List<PendingNotice>> g : groups.entrySet()) {
            String label = labels.label(g.getKey().getTopic(), t.locale());
            body.append("\n== ").append(label).append(" ==\n");
            for (PendingNotice n : g.getValue()) {
                body.append("\n• ").append(n.getSubject()).append("\n  ").append(n.getBody().strip().replace("\n", "\n  "))
                        .append("\n");
                if (n.getLink() != null && !n.getLink().isBlank()) {
                    body.append("  ").append(n.getLink()).append("\n");
                }
            }
            String token = tokens.sign(g.getKey());
            secrets[i++] = token;
            body.append("\n").append(t.get("notify.mail.unsubscribe", unsubscribeUrl(token))).append("\n");
        }
        body.append("\n-- \n").append(t.get("notify.digest.why")).append("\n")
                .append(t.get("notify.mail.manage", publicUrl + "/mon-espace/notifications")).append("\n");
        // RFC 8058: the header can stop one list; a digest of a single topic is that list, a digest of several
        // topics leaves each section's own link (and the preferences page) to the reader
        Map<String, String> headers = groups.size() == 1 ? headers(secrets[0]) : Map.of();
        mail.send(to.getEmail(), t.get("notify.digest.subject"), body.toString(), headers, secrets);
    }

    private String footer(BundleTexts t, Subscription s, String token) {
        Topic topic = s.getTopic();
        return t.get("notify.mail.why", labels.label(topic, t.locale())) + "\n"
                + t.get("notify.mail.unsubscribe", unsubscribeUrl(token)) + "\n"
                + t.get("notify.mail.manage", publicUrl + "/mon-espace/notifications") + "\n";
    }

    private String unsubscribeUrl(String token) {
        return publicUrl + PAGE + "?jeton=" + token;
    }

    private Map<String, String> headers(String token) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("List-Unsubscribe", "<" + publicUrl + ONE_CLICK + "?jeton=" + token + ">");
        h.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return h;
    }

    private static BundleTexts texts(UserAccount to) {
        return new BundleTexts("notify", "en".equals(to.getLocale()) ? Locale.ENGLISH : Locale.FRENCH);
    }
}
