package fr.agora.shared.notify.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PendingNoticeRepository extends JpaRepository<PendingNotice, Long> {

    List<PendingNotice> findByDigestWeekIsNullOrderByCreatedAtAscIdAsc();
}
