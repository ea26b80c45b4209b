package fr.agora.meetings.service;

import fr.agora.shared.domain.MailMessage;
import fr.agora.shared.domain.MailMessageRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a convocation with its {@code .ics} attachment. Like the shared {@code MailService} (which sends plain text
 * only), the mail is first written to the outbox and leaves after the caller's transaction commits; without an SMTP
 * server it stays in the outbox. The outbox keeps the text; the attachment is rebuilt from the meeting if needed.
 */
@Component
class ConvocationMailer {

    private static final Logger log = LoggerFactory.getLogger(ConvocationMailer.class);

    private final MailMessageRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String smtpHost;
    private final String from;
    private final TransactionTemplate afterCommitTx;

    ConvocationMailer(MailMessageRepository outbox, ObjectProvider<JavaMailSender> sender, Clock clock,
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

    /** Queues the mail with {@code ics} attached as {@code invitation.ics}. */
    void send(String to, String subject, String body, String ics) {
        MailMessage message = outbox.save(new MailMessage(to, subject, body + "\n\n[pièce jointe : reunion.ics]", clock.instant()));
        if (smtpHost == null || smtpHost.isBlank() || sender.getIfAvailable() == null) {
            log.info("Pas de serveur SMTP : convocation « {} » gardée dans la boîte d'envoi", subject);
            return;
        }
        Long id = message.getId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(id, body, ics);
                }
            });
        } else {
            deliver(id, body, ics);
        }
    }

    private void deliver(Long id, String body, String ics) {
        afterCommitTx.executeWithoutResult(s -> {
            MailMessage message = outbox.findById(id).orElseThrow();
            try {
                JavaMailSender mail = sender.getObject();
                MimeMessage mime = mail.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(message.getRecipient());
                helper.setSubject(message.getSubject());
                helper.setText(body);
                helper.addAttachment("reunion.ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8; method=PUBLISH");
                mail.send(mime);
                message.markSent(clock.instant());
            } catch (MailException | MessagingException e) {
                log.warn("Envoi de la convocation {} impossible : {}", id, e.getMessage());
                message.markFailed(e.getMessage());
            }
        });
    }
}
