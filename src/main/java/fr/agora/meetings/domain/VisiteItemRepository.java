package fr.agora.meetings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VisiteItemRepository extends JpaRepository<VisiteItem, Long> {

    @Query("select i from VisiteItem i where i.visite.id = :visite order by i.id")
    List<VisiteItem> findByVisite(@Param("visite") long visite);
}
