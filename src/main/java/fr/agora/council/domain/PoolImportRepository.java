package fr.agora.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Traces of the imported files. */
public interface PoolImportRepository extends JpaRepository<PoolImport, Long> {

    List<PoolImport> findByDrawIdOrderByImportedAt(long drawId);
}
