package fr.agora.walks.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DiagnosticCriterionRepository extends JpaRepository<DiagnosticCriterion, Long> {

    List<DiagnosticCriterion> findAllByOrderBySortOrderAscIdAsc();

    List<DiagnosticCriterion> findByActiveTrueOrderBySortOrderAscIdAsc();

    Optional<DiagnosticCriterion> findByCode(String code);

    boolean existsByCode(String code);

    Optional<DiagnosticCriterion> findBySymbol(String symbol);
}
