package fr.agora.plenary.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlenaryRepository extends JpaRepository<Plenary, Long> {

    Optional<Plenary> findByYear(int year);

    List<Plenary> findAllByOrderByYearDesc();
}
