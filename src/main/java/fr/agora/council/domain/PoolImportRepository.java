package fr.agora.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Traces of the imported files. */
public interface PoolImportRepository extends JpaRepository<PoolImport, Long> {

    List<PoolImport> findByDrawIdOrderByImportedAt(long drawId);

    /** Removes the traces of a draw's imports of one source (the source was removed from the pool). */
    long deleteByDrawIdAndSource(long drawId, String source);

    /** Removes the traces of every import of a draw (the pool was reset). */
    long deleteByDrawId(long drawId);

    /** The imports of a call's candidacies into draws whose pool is frozen, oldest first. */
    @Query("select i from PoolImport i join fetch i.draw d where i.campaignId = :campaignId"
            + " and d.status <> fr.agora.council.domain.DrawStatus.OPEN order by d.frozenAt")
    List<PoolImport> findFrozenFromCall(long campaignId);
}
