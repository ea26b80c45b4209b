package fr.agora.shared.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TerritoryRepository extends JpaRepository<Territory, Long> {

    /** Territories of {@code kind} in force on {@code date}, by name. */
    @Query("select t from Territory t where t.kind = :kind and t.validFrom <= :date"
            + " and (t.validTo is null or t.validTo >= :date) order by t.name")
    List<Territory> findValidOn(@Param("kind") TerritoryKind kind, @Param("date") LocalDate date);

    @Query("select t from Territory t left join fetch t.parent order by t.kind, t.name, t.validFrom")
    List<Territory> findAllWithParent();

    Optional<Territory> findFirstByCodeOrderByValidFromDesc(String code);

    boolean existsByCodeAndValidFrom(String code, LocalDate validFrom);
}
