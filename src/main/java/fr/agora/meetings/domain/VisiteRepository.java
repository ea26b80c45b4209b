package fr.agora.meetings.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VisiteRepository extends JpaRepository<Visite, Long> {

    @Query("select v from Visite v order by v.visitDate desc")
    List<Visite> findAllWithComite();

    @Query("select count(v) from Visite v where v.comiteId = :comite and v.visitDate >= :from and v.visitDate < :to")
    long countBetween(@Param("comite") long comite, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
