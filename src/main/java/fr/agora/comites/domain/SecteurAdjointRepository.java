package fr.agora.comites.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SecteurAdjointRepository extends JpaRepository<SecteurAdjoint, Long> {
}
