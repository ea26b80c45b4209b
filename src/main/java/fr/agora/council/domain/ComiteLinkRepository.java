package fr.agora.council.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The comités de quartier linked to each council. */
public interface ComiteLinkRepository extends JpaRepository<ComiteLink, Long> {

    @Query("select l from ComiteLink l join fetch l.comite where l.council.id = :councilId order by l.comite.name")
    List<ComiteLink> findByCouncil(@Param("councilId") long councilId);

    @Query("select l from ComiteLink l join fetch l.council where l.comite.id = :comiteId order by l.council.name")
    List<ComiteLink> findByComite(@Param("comiteId") long comiteId);

    @Query("select l from ComiteLink l where l.council.id = :councilId and l.comite.id = :comiteId")
    Optional<ComiteLink> find(@Param("councilId") long councilId, @Param("comiteId") long comiteId);
}
