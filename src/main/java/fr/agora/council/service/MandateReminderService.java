package fr.agora.council.service;

import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.council.domain.MandateReminder;
import fr.agora.council.domain.MandateReminderRepository;
import fr.agora.shared.domain.EmailAddress;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.MailService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails staff {@code agora.council.mandate-warning-days} before a council's mandate ends, so that the next draw and
 * call for candidacies are organised in time (DOMAIN.md §7 B.6). Once per council and mandate end: what was sent is
 * stored, so a restart or a second node never sends it again. Called every day by {@link MandateReminderJob}.
 */
@Service
public class MandateReminderService {

    static final String ACTOR = "système";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MandateReminderService.class);

    private final CouncilRepository councils;
    private final MandateReminderRepository reminders;
    private final UserAccountRepository users;
    private final MailService mail;
    private final AuditService audit;
    private final CouncilSettings settings;
    private final MandateReminderSettings reminderSettings;
    private final String publicUrl;
    private final Clock clock;

    MandateReminderService(CouncilRepository councils, MandateReminderRepository reminders, UserAccountRepository users,
            MailService mail, AuditService audit, CouncilSettings settings, MandateReminderSettings reminderSettings,
            @Value("${agora.public-url:http://localhost:8080}") String publicUrl, Clock clock) {
        this.councils = councils;
        this.reminders = reminders;
        this.users = users;
        this.mail = mail;
        this.audit = audit;
        this.settings = settings;
        this.reminderSettings = reminderSettings;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    /**
     * Sends the reminders that are due: for each council whose mandate ends within the warning period and has not
     * ended yet, unless one was already sent for that end.
     *
     * @return how many councils were reminded
     */
    @Transactional
    public int sendDueReminders() {
        LocalDate today = CouncilTime.today(clock);
        int sent = 0;
        for (Council c : councils.findAllWithTerritories()) {
            LocalDate end = c.mandateEnd();
            if (end == null || today.isBefore(end.minusDays(settings.mandateWarningDays())) || !today.isBefore(end)
                    || reminders.existsByCouncilIdAndMandateEnd(c.getId(), end)) {
                continue;
            }
            Set<String> to = recipients();
            if (to.isEmpty()) {
                // nobody to tell: try again tomorrow rather than record a reminder nobody received
                log.warn("Fin de mandat du {} le {} : aucun destinataire (ni agora.council.reminder.recipients, ni compte"
                        + " STAFF actif)", c.getName(), end);
                continue;
            }
            BundleTexts t = new BundleTexts("comite", Locale.FRENCH);
            String endText = end.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH));
            String territories = c.getTerritories().stream().map(Territory::getName).sorted()
                    .collect(Collectors.joining(", "));
            String subject = t.get("council.reminder.mail.subject", c.getName(), endText);
            String body = t.get("council.reminder.mail.body", c.getName(), territories, endText,
                    java.time.temporal.ChronoUnit.DAYS.between(today, end), publicUrl + "/conseils/gestion");
            to.forEach(address -> mail.send(address, subject, body));
            reminders.save(new MandateReminder(c.getId(), end, clock.instant(), to.size()));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("mandateEnd", end.toString());
            details.put("recipients", to.size());
            details.put("warningDays", settings.mandateWarningDays());
            audit.recordAs(ACTOR, "COUNCIL_MANDATE_REMINDER_SENT", "council", c.getId(), details);
            sent++;
        }
        return sent;
    }

    /** The configured addresses, else every enabled staff account. */
    private Set<String> recipients() {
        List<String> configured = reminderSettings.recipients();
        Set<String> to = new LinkedHashSet<>();
        if (!configured.isEmpty()) {
            configured.stream().map(EmailAddress::normalise).filter(EmailAddress::isValid).forEach(to::add);
        } else {
            to.addAll(users.findEnabledEmailsWithRole(Role.STAFF));
        }
        return to;
    }
}
