package fr.agora.council.service;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The e-mail reminding staff that a council's mandate ends soon ({@code agora.council.reminder.*}); see
 * {@code docs/council-settings.md}. How long before the end is {@code agora.council.mandate-warning-days}, as for
 * the banner.
 *
 * @param recipients addresses to mail; when empty, every enabled account with the STAFF role
 * @param cron       when the job looks for mandates ending soon (every morning at 7:00, Paris time)
 */
@ConfigurationProperties(prefix = "agora.council.reminder")
public record MandateReminderSettings(List<String> recipients, String cron) {

    public MandateReminderSettings {
        recipients = recipients == null ? List.of()
                : recipients.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        cron = cron == null || cron.isBlank() ? "0 0 7 * * *" : cron;
    }
}
