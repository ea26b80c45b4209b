package fr.agora.council.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Councils, with their territories fetched for display. */
public interface CouncilRepository extends JpaRepository<Council, Long> {

    @Query("select distinct c from Council c left join fetch c.territories order by c.name")
    List<Council> findAllWithTerritories();

    @Query("select c from Council c left join fetch c.territories where c.slug = :slug")
    Optional<Council> findBySlugWithTerritories(@Param("slug") String slug);

    @Query("select c from Council c left join fetch c.territories where c.id = :id")
    Optional<Council> findByIdWithTerritories(@Param("id") long id);

    boolean existsBySlug(String slug);
}
