package fr.agora.meetings.service;

import fr.agora.shared.service.MailService;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** Sends a meeting's mail with its {@code .ics} attached, through the shared outbox. */
@Component
class ConvocationMailer {

    private final MailService mail;

    ConvocationMailer(MailService mail) {
        this.mail = mail;
    }

    /** Queues the mail with {@code ics} attached as {@code reunion.ics}. */
    void send(String to, String subject, String body, String ics) {
        mail.send(to, subject, body, new MailService.Attachment("reunion.ics",
                "text/calendar; charset=UTF-8; method=PUBLISH", ics.getBytes(StandardCharsets.UTF_8)));
    }
}
