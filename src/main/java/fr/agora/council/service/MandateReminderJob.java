package fr.agora.council.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, mails staff about the councils whose mandate ends soon (once per mandate end). */
@Component
class MandateReminderJob {

    private static final Logger log = LoggerFactory.getLogger(MandateReminderJob.class);

    private final MandateReminderService reminders;

    MandateReminderJob(MandateReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${agora.council.reminder.cron:0 0 7 * * *}", zone = "Europe/Paris")
    void run() {
        int sent = reminders.sendDueReminders();
        if (sent > 0) {
            log.info("Rappels de fin de mandat envoyés aux agents : {} conseil(s)", sent);
        }
    }
}
