package fr.agora.comites.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ComiteProfileRepository extends JpaRepository<ComiteProfile, Long> {

    @Query("select p from ComiteProfile p where p.comiteId = :territoryId")
    Optional<ComiteProfile> findByTerritory(@Param("territoryId") long territoryId);
}
