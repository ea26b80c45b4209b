package fr.agora.shared.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.MailMessage;
import fr.agora.shared.domain.MailMessageRepository;
import fr.agora.support.AgoraSpringTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

@AgoraSpringTest
class MailServiceTest {

    @Autowired
    MailService mail;
    @Autowired
    MailMessageRepository outbox;
    @Autowired
    ObjectProvider<JavaMailSender> sender;
    @Autowired
    PlatformTransactionManager tx;
    @Autowired
    Clock clock;

    @Test
    void with_smtp_the_mail_is_sent_and_recorded() {
        assertThat(mail.isSmtpConfigured()).isTrue();
        mail.send("destinataire@exemple.fr", "Objet envoyé", "Corps");
        MailMessage m = outbox.findByRecipientOrderByCreatedAtDesc("destinataire@exemple.fr").getFirst();
        assertThat(m.getStatus()).isEqualTo(MailMessage.Status.SENT);
    }

    @Test
    void without_smtp_the_mail_is_kept_in_the_outbox() {
        MailService noSmtp = new MailService(outbox, sender, clock, tx, "", "agora@test");
        assertThat(noSmtp.isSmtpConfigured()).isFalse();
        noSmtp.send("sans-smtp@exemple.fr", "Objet gardé", "Corps");
        MailMessage m = outbox.findByRecipientOrderByCreatedAtDesc("sans-smtp@exemple.fr").getFirst();
        assertThat(m.getStatus()).isEqualTo(MailMessage.Status.STORED);
        assertThat(m.getBody()).isEqualTo("Corps");
    }

    @Test
    void an_unreachable_smtp_server_marks_the_mail_failed_and_keeps_it() {
        org.springframework.mail.javamail.JavaMailSenderImpl dead = new org.springframework.mail.javamail.JavaMailSenderImpl();
        dead.setHost("127.0.0.1");
        dead.setPort(1); // nothing listens there
        ObjectProvider<JavaMailSender> deadProvider = new org.springframework.beans.factory.support.StaticListableBeanFactory(
                java.util.Map.of("dead", dead)).getBeanProvider(JavaMailSender.class);
        MailService failing = new MailService(outbox, deadProvider, clock, tx, "127.0.0.1", "agora@test");
        failing.send("echec@exemple.fr", "Objet en échec", "Corps");
        MailMessage m = outbox.findByRecipientOrderByCreatedAtDesc("echec@exemple.fr").getFirst();
        assertThat(m.getStatus()).isEqualTo(MailMessage.Status.FAILED);
        assertThat(m.getError()).isNotBlank();
    }
}
