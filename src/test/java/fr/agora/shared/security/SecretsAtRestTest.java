package fr.agora.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.shared.domain.MailMessageRepository;
import fr.agora.shared.service.AccountService;
import fr.agora.shared.service.MailService;
import fr.agora.shared.service.RegistrationRequest;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.Mails;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, item 1: after a link or a code is mailed, no table holds it in clear (an admin reading the outbox, or
 * anyone with a dump, could otherwise vote in an association's place or take over an account), while the person
 * still receives it.
 */
@AgoraSpringTest
class SecretsAtRestTest {

    @Autowired
    AccountService accounts;
    @Autowired
    MailService mail;
    @Autowired
    MailMessageRepository outbox;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;

    @Test
    void mailed_links_and_codes_are_received_but_stored_nowhere() {
        String email = "secret-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        accounts.register(new RegistrationRequest(email, "Camille", "Soleil-sur-Amiens-42", null, true, "fr"));
        String verification = Mails.token(Mails.lastBodyTo(greenMail, email, "/verification?jeton="), "/verification");
        accounts.requestPasswordReset(email);
        String reset = Mails.token(Mails.lastBodyTo(greenMail, email, "/reinitialisation?jeton="), "/reinitialisation");
        String code = "K7PM-X2QA-9RTB";
        mail.send(email, "Votre code de vote", "Votre code de vote, personnel et à usage unique : " + code, code);
        assertThat(Mails.lastBodyTo(greenMail, email, "code de vote")).contains(code);

        for (String secret : List.of(verification, reset, code)) {
            assertThat(tablesHolding(secret)).as("tables holding %s", secret).isEmpty();
        }
        assertThat(outbox.findByRecipientOrderByCreatedAtDesc(email))
                .hasSize(3)
                .allSatisfy(m -> assertThat(m.getBody()).contains(MailService.MASK));
    }

    @Test
    void a_forgotten_link_token_is_masked_all_the_same() {
        String email = "oubli-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        String token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-xyz";
        mail.send(email, "Lien", "Ouvrez https://agora.example/reinitialisation?jeton=" + token + " vite");
        assertThat(Mails.lastBodyTo(greenMail, email, "jeton=")).contains(token);
        assertThat(tablesHolding(token)).isEmpty();
        mail.send(email, "Code", "Votre code de vote : QW3R-TY7U-P9AS\nPour voter : https://agora.example/conseils/vote");
        assertThat(Mails.lastBodyTo(greenMail, email, "Votre code de vote")).contains("QW3R-TY7U-P9AS");
        assertThat(tablesHolding("QW3R-TY7U-P9AS")).isEmpty();
    }

    @Test
    void the_migration_masks_what_older_versions_stored() {
        String email = "ancien-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        String token = "OldToken0123456789abcdefghijklmnopqrstuvwxyz";
        jdbc.update("INSERT INTO mail_outbox (recipient, subject, body, status, created_at) VALUES (?, ?, ?, 'STORED', NOW())",
                email, "Ancien", "Lien : http://x/verification?jeton=" + token + "\nfin");
        jdbc.update("INSERT INTO mail_outbox (recipient, subject, body, status, created_at) VALUES (?, ?, ?, 'STORED', NOW())",
                email, "Ancien code", "Votre code de vote, personnel et à usage unique : ABCD-EF23-GH45\nPour voter");
        new org.springframework.jdbc.datasource.init.ResourceDatabasePopulator(
                new org.springframework.core.io.ClassPathResource("db/migration/" + migrationName())).execute(jdbc.getDataSource());
        assertThat(tablesHolding(token)).isEmpty();
        assertThat(tablesHolding("ABCD-EF23-GH45")).isEmpty();
        assertThat(jdbc.queryForList("SELECT body FROM mail_outbox WHERE recipient = ?", String.class, email))
                .containsExactlyInAnyOrder("Lien : http://x/verification?jeton=[masqué]\nfin",
                        "Votre code de vote, personnel et à usage unique : [masqué]\nPour voter");
    }

    private String migrationName() {
        for (var m : flyway.info().applied()) {
            if (m.getScript().endsWith("__mask_mail_secrets.sql")) {
                return m.getScript();
            }
        }
        throw new AssertionError("migration __mask_mail_secrets introuvable");
    }

    /** Every text column of every table of the schema that contains {@code secret}. */
    private List<String> tablesHolding(String secret) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = DATABASE()
                  AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json',
                                    'binary', 'varbinary', 'blob', 'mediumblob', 'longblob')""");
        assertThat(columns).hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> c : columns) {
            String table = String.valueOf(c.get("table_name"));
            String column = String.valueOf(c.get("column_name"));
            Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "` WHERE INSTR(CAST(`" + column
                    + "` AS CHAR CHARACTER SET utf8mb4), ?) > 0", Integer.class, secret);
            if (n != null && n > 0) {
                found.add(table + "." + column);
            }
        }
        return found;
    }
}
