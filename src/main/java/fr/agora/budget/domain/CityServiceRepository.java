package fr.agora.budget.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CityServiceRepository extends JpaRepository<CityService, Long> {

    List<CityService> findAllByOrderByNameAsc();

    Optional<CityService> findByCode(String code);

    @Query("select s from CityService s where :email member of s.reviewers")
    List<CityService> findByReviewer(String email);
}
