package fr.agora.meetings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChantierRepository extends JpaRepository<Chantier, Long> {

    @Query("select c from Chantier c order by c.worksStart")
    List<Chantier> findAllOrdered();
}
