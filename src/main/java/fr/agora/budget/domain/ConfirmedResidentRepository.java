package fr.agora.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConfirmedResidentRepository extends JpaRepository<ConfirmedResident, ConfirmedResident.Key> {

    boolean existsByEditionIdAndEmail(long editionId, String email);

    long countByEditionId(long editionId);
}
