package fr.agora.budget.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EditionRepository extends JpaRepository<Edition, Long> {

    List<Edition> findAllByOrderByYearDesc();

    Optional<Edition> findByYear(int year);

    boolean existsByYear(int year);
}
