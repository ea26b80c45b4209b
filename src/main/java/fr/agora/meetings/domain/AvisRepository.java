package fr.agora.meetings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AvisRepository extends JpaRepository<Avis, Long> {

    @Query("select a from Avis a where a.chantier.id = :chantier order by a.submittedAt")
    List<Avis> findByChantier(@Param("chantier") long chantier);

    @Query("select count(a) > 0 from Avis a where a.chantier.id = :chantier and a.authorEmail = :email "
            + "and a.kind = fr.agora.meetings.domain.AvisKind.AVIS")
    boolean hasAvis(@Param("chantier") long chantier, @Param("email") String email);

    @Query("select a from Avis a join fetch a.chantier where a.status = fr.agora.meetings.domain.AvisStatus.PENDING "
            + "order by a.submittedAt")
    List<Avis> findPending();

    @Query("select a from Avis a join fetch a.chantier where a.authorEmail = :email")
    List<Avis> findByAuthor(@Param("email") String email);
}
