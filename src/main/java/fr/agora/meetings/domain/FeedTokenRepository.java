package fr.agora.meetings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeedTokenRepository extends JpaRepository<FeedToken, Long> {

    @Query("select t from FeedToken t join fetch t.body where t.tokenHash = :hash and t.revokedAt is null")
    Optional<FeedToken> findActive(@Param("hash") String hash);

    @Query("select t from FeedToken t where t.ownerEmail = :email and t.revokedAt is null")
    List<FeedToken> findActiveOf(@Param("email") String email);

    @Query("select t from FeedToken t join fetch t.body where t.ownerEmail = :email")
    List<FeedToken> findByOwner(@Param("email") String email);
}
