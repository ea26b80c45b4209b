package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.council.domain.MandateReminderRepository;
import fr.agora.council.domain.SeatRounding;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.MailMessage;
import fr.agora.shared.domain.MailMessageRepository;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.Mails;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Staff are mailed {@code mandate-warning-days} before a mandate ends: on that day, not before, and only once. */
@AgoraSpringTest
class MandateReminderTest {

    @Autowired
    MandateReminderJob job;
    @Autowired
    CouncilService councils;
    @Autowired
    UserAccountRepository users;
    @Autowired
    MailMessageRepository outbox;
    @Autowired
    MandateReminderRepository reminders;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    GreenMail greenMail;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String staffAccount(boolean enabled) {
        String email = "agent.rappel." + UUID.randomUUID() + "@test.local";
        UserAccount u = new UserAccount(email, "Agent rappel", "{noop}x", clock.instant());
        u.grant(Role.STAFF);
        u.setEnabled(enabled);
        users.save(u);
        return email;
    }

    List<MailMessage> mailsAbout(String recipient, String councilName) {
        return outbox.findByRecipientOrderByCreatedAtDesc(recipient).stream()
                .filter(m -> m.getSubject().contains(councilName)).toList();
    }

    @Test
    void staffAreRemindedOnceOnTheDayTheWarningPeriodStarts() {
        String staff = staffAccount(true);
        String disabled = staffAccount(false);
        int warning = councils.settings().mandateWarningDays();
        String name = "Conseil rappel " + UUID.randomUUID();
        // the mandate ends in warning + 1 days: tomorrow is the first day of the warning period
        LocalDate end = LocalDate.now(clock).plusDays(warning + 1L);
        CouncilData c = As.user(staff, () -> {
            CouncilData d = councils.create(new CouncilForm(name, List.of("QPV-SALAMANDRE"), 1158, "INSEE 2025", 2025,
                    SeatRounding.HALF_UP, false, 2, true));
            return councils.startMandate(d.id(), end.minusYears(2));
        }, Role.Names.STAFF);
        assertThat(c.mandateEnd()).isEqualTo(end);

        job.run();
        assertThat(mailsAbout(staff, name)).as("not before the warning period").isEmpty();
        assertThat(reminders.existsByCouncilIdAndMandateEnd(c.id(), end)).isFalse();

        clock.advance(Duration.ofDays(1));
        job.run();
        assertThat(mailsAbout(staff, name)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).contains(name);
            assertThat(m.getBody()).contains(name).contains("Salamandre Marcel Paul").contains(warning + " jours")
                    .contains("/conseils/gestion");
        });
        assertThat(mailsAbout(disabled, name)).as("disabled accounts are not mailed").isEmpty();
        assertThat(Mails.lastBodyTo(greenMail, staff, name)).contains("prend fin le");
        assertThat(reminders.existsByCouncilIdAndMandateEnd(c.id(), end)).isTrue();
        assertThat(audit.search("système", "COUNCIL_MANDATE_REMINDER_SENT", null, null, PageRequest.of(0, 500)))
                .filteredOn(e -> e.getTargetId().equals(String.valueOf(c.id()))).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains(end.toString()));

        // never twice for the same mandate end: the same day, the next day, a month later
        job.run();
        clock.advance(Duration.ofDays(1));
        job.run();
        clock.advance(Duration.ofDays(30));
        job.run();
        assertThat(mailsAbout(staff, name)).hasSize(1);
    }

    @Test
    void aNewMandateGetsItsOwnReminderAndAnEndedMandateNone() {
        String staff = staffAccount(true);
        int warning = councils.settings().mandateWarningDays();
        String name = "Conseil renouvelé " + UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        CouncilData c = As.user(staff, () -> councils.create(new CouncilForm(name, List.of("QPV-CONDORCET"), 2665,
                "INSEE 2025", 2025, SeatRounding.HALF_UP, false, 2, true)), Role.Names.STAFF);
        // a mandate that ended yesterday: too late for a reminder (the staff banner says it)
        As.user(staff, () -> councils.startMandate(c.id(), today.minusYears(2).minusDays(1)), Role.Names.STAFF);
        job.run();
        assertThat(mailsAbout(staff, name)).isEmpty();

        // the renewed mandate ends within the warning period: reminded at once, then never again for that end
        LocalDate end = today.plusDays(warning - 10L);
        As.user(staff, () -> councils.startMandate(c.id(), end.minusYears(2)), Role.Names.STAFF);
        job.run();
        job.run();
        assertThat(mailsAbout(staff, name)).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains((warning - 10) + " jours"));
        assertThat(reminders.existsByCouncilIdAndMandateEnd(c.id(), end)).isTrue();
    }
}
