package fr.agora.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RealisationRepository extends JpaRepository<Realisation, Long> {

    List<Realisation> findByEditionId(long editionId);

    List<Realisation> findAllByOrderByEditionIdDesc();
}
