package fr.agora.shared.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    List<MailMessage> findAllByOrderByCreatedAtDesc(Pageable page);

    List<MailMessage> findByRecipientOrderByCreatedAtDesc(String recipient);
}
