package fr.agora.shared.notify.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DigestRunRepository extends JpaRepository<DigestRun, DigestRun.Key> {
}
