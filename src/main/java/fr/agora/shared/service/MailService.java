package fr.agora.shared.service;

import fr.agora.shared.domain.MailMessage;
import fr.agora.shared.domain.MailMessageRepository;
import fr.agora.shared.domain.Role;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends mail through the configured SMTP server. Every mail is first written to the outbox; it is sent after the
 * caller's transaction commits. Without an SMTP server, or when sending fails, it stays in the outbox, which
 * admins read in the UI: nothing is silently dropped.
 *
 * <p>One-time secrets (a verification or reset link's token, a voting code) are never stored: the caller names
 * them when composing the mail ({@link #send(String, String, String, String...)}), the outbox keeps the body with
 * each of them replaced by {@value #MASK}, and the full text lives only in memory until it is handed to the SMTP
 * server. As a safety net, the token of any {@code ?jeton=} link and anything printed like a voting code
 * ({@code XXXX-XXXX-XXXX}) are masked even when the caller forgot to name them.
 * A mail whose secret could not be sent is therefore not resendable from the outbox: the person asks again.
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);

    /** What replaces a secret in the stored body. */
    public static final String MASK = "[masqué]";
    private static final java.util.regex.Pattern LINK_TOKEN = java.util.regex.Pattern.compile("([?&]jeton=)[A-Za-z0-9_\\-]+");
    /** The printed form of the associations' voting codes (XXXX-XXXX-XXXX), masked even when not named. */
    private static final java.util.regex.Pattern VOTING_CODE = java.util.regex.Pattern.compile(
            "\\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\\b");

    private final MailMessageRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String smtpHost;
    private final String from;
    private final TransactionTemplate afterCommitTx;

    MailService(MailMessageRepository outbox, ObjectProvider<JavaMailSender> sender, Clock clock,
            PlatformTransactionManager tx, @Value("${spring.mail.host:}") String smtpHost,
            @Value("${agora.mail.from}") String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.smtpHost = smtpHost;
        this.from = from;
        this.afterCommitTx = new TransactionTemplate(tx);
        this.afterCommitTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** True when an SMTP server is configured. */
    public boolean isSmtpConfigured() {
        return smtpHost != null && !smtpHost.isBlank() && sender.getIfAvailable() != null;
    }

    /**
     * Queues a plain-text mail; it leaves after the current transaction commits.
     *
     * @param secrets the one-time secrets {@code body} contains (a token, a voting code as it is printed): they are
     *                sent, but the stored body has {@value #MASK} in their place
     */
    @Transactional
    public void send(String to, String subject, String body, String... secrets) {
        send(to, subject, body, java.util.Map.of(), secrets);
    }

    /**
     * Queues a plain-text mail with extra header fields (such as RFC 8058's {@code List-Unsubscribe} and
     * {@code List-Unsubscribe-Post}); it leaves after the current transaction commits. The header fields travel
     * with the mail and are not kept in the outbox (they may carry a link's token).
     *
     * @param headers header field names and values, in the order given
     * @param secrets as in {@link #send(String, String, String, String...)}
     */
    @Transactional
    public void send(String to, String subject, String body, java.util.Map<String, String> headers, String... secrets) {
        java.util.Map<String, String> extra = new java.util.LinkedHashMap<>(headers);
        String stored = mask(body, secrets);
        MailMessage message = outbox.save(new MailMessage(to, subject, stored, clock.instant()));
        if (!isSmtpConfigured()) {
            log.info("Pas de serveur SMTP : courriel « {} » pour {} gardé dans la boîte d'envoi{}", subject, to,
                    stored.equals(body) ? "" : " (ses secrets à usage unique sont masqués : il faut un serveur SMTP pour les transmettre)");
            return;
        }
        Long id = message.getId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(id, body, extra);
                }
            });
        } else {
            deliver(id, body, extra);
        }
    }

    /**
     * An attached file (a meeting's {@code .ics}): it travels with the mail but is not kept in the outbox, which
     * records the body and the file's name.
     */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Queues a plain-text mail with one attachment; it leaves after the current transaction commits. */
    @Transactional
    public void send(String to, String subject, String body, Attachment attachment) {
        MailMessage message = outbox.save(new MailMessage(to, subject,
                mask(body) + "\n\n[pièce jointe : " + attachment.fileName() + "]", clock.instant()));
        if (!isSmtpConfigured()) {
            log.info("Pas de serveur SMTP : courriel « {} » pour {} gardé dans la boîte d'envoi", subject, to);
            return;
        }
        Long id = message.getId();
        Runnable deliver = () -> afterCommitTx.executeWithoutResult(s -> {
            MailMessage m = outbox.findById(id).orElseThrow();
            try {
                JavaMailSender mail = sender.getObject();
                jakarta.mail.internet.MimeMessage mime = mail.createMimeMessage();
                org.springframework.mail.javamail.MimeMessageHelper helper =
                        new org.springframework.mail.javamail.MimeMessageHelper(mime, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(m.getRecipient());
                helper.setSubject(m.getSubject());
                helper.setText(body);
                helper.addAttachment(attachment.fileName(),
                        new org.springframework.core.io.ByteArrayResource(attachment.content()), attachment.contentType());
                mail.send(mime);
                m.markSent(clock.instant());
            } catch (MailException | jakarta.mail.MessagingException e) {
                log.warn("Envoi du courriel {} impossible : {}", id, e.getMessage());
                m.markFailed(e.getMessage());
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }

    /** The body as the outbox keeps it: every named secret, and every link token, replaced by {@value #MASK}. */
    static String mask(String body, String... secrets) {
        String masked = body;
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                masked = masked.replace(secret, MASK);
            }
        }
        masked = LINK_TOKEN.matcher(masked).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(MASK));
        return VOTING_CODE.matcher(masked).replaceAll(java.util.regex.Matcher.quoteReplacement(MASK));
    }

    /** Sends the full text, which exists only in memory; the outbox row only records the outcome. */
    private void deliver(Long id, String body, java.util.Map<String, String> headers) {
        if (!headers.isEmpty()) {
            deliverWithHeaders(id, body, headers);
            return;
        }
        afterCommitTx.executeWithoutResult(s -> {
            MailMessage message = outbox.findById(id).orElseThrow();
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(message.getRecipient());
            mail.setSubject(message.getSubject());
            mail.setText(body);
            try {
                sender.getObject().send(mail);
                message.markSent(clock.instant());
            } catch (MailException e) {
                log.warn("Envoi du courriel {} impossible : {}", id, e.getMessage());
                message.markFailed(e.getMessage());
            }
        });
    }

    private void deliverWithHeaders(Long id, String body, java.util.Map<String, String> headers) {
        afterCommitTx.executeWithoutResult(s -> {
            MailMessage message = outbox.findById(id).orElseThrow();
            try {
                JavaMailSender mail = sender.getObject();
                jakarta.mail.internet.MimeMessage mime = mail.createMimeMessage();
                org.springframework.mail.javamail.MimeMessageHelper helper =
                        new org.springframework.mail.javamail.MimeMessageHelper(mime, false, "UTF-8");
                helper.setFrom(from);
                helper.setTo(message.getRecipient());
                helper.setSubject(message.getSubject());
                helper.setText(body);
                for (java.util.Map.Entry<String, String> h : headers.entrySet()) {
                    mime.setHeader(h.getKey(), h.getValue());
                }
                mail.send(mime);
                message.markSent(clock.instant());
            } catch (MailException | jakarta.mail.MessagingException e) {
                log.warn("Envoi du courriel {} impossible : {}", id, e.getMessage());
                message.markFailed(e.getMessage());
            }
        });
    }

    /** The most recent outbox entries, for admins. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<MailMessage> recent(int limit) {
        return outbox.findAllByOrderByCreatedAtDesc(PageRequest.of(0, Math.min(limit, 1000)));
    }
}
