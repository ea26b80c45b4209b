package fr.agora.plenary.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlenaryAvisRepository extends JpaRepository<PlenaryAvis, Long> {

    List<PlenaryAvis> findAllByOrderByYearDescSentOnDescIdAsc();

    List<PlenaryAvis> findByPlenaryIdOrderByIdAsc(long plenaryId);

    long countByAnswerIsNull();
}
