package fr.agora.council.domain;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

/** The mandate-end reminders already sent. */
public interface MandateReminderRepository extends JpaRepository<MandateReminder, Long> {

    boolean existsByCouncilIdAndMandateEnd(long councilId, LocalDate mandateEnd);
}
