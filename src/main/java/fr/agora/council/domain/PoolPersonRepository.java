package fr.agora.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The pool of a draw. */
public interface PoolPersonRepository extends JpaRepository<PoolPerson, Long> {

    List<PoolPerson> findByDrawIdOrderById(long drawId);

    long countByDrawId(long drawId);

    /** Removes a draw's whole pool (reset before the freeze). */
    long deleteByDrawId(long drawId);
}
