package fr.agora.comites.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ComiteMemberRepository extends JpaRepository<ComiteMember, Long> {

    @Query("select m from ComiteMember m where m.comiteId = :territoryId order by m.fullName")
    List<ComiteMember> findByComite(@Param("territoryId") long territoryId);

    @Query("select count(m) > 0 from ComiteMember m where m.comiteId = :territoryId and m.email = :email")
    boolean exists(@Param("territoryId") long territoryId, @Param("email") String email);
}
