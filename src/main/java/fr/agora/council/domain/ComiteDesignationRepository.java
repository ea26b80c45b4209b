package fr.agora.council.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The comités' designations of membres de droit. */
public interface ComiteDesignationRepository extends JpaRepository<ComiteDesignation, Long> {

    /** The comité's active designation to the council, if any. */
    @Query("select d from ComiteDesignation d join fetch d.titulaire join fetch d.suppleant"
            + " where d.council.id = :councilId and d.comite.id = :comiteId and d.endedAt is null")
    Optional<ComiteDesignation> findActive(@Param("councilId") long councilId, @Param("comiteId") long comiteId);

    /** Every designation of the council, the newest first. */
    @Query("select d from ComiteDesignation d join fetch d.comite join fetch d.titulaire join fetch d.suppleant"
            + " where d.council.id = :councilId order by d.designatedAt desc, d.id desc")
    List<ComiteDesignation> findByCouncil(@Param("councilId") long councilId);
}
