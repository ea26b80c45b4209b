package fr.agora.shared.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

    /** Ends the account's unused tokens for this purpose (a newer one was issued, or one was used). */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update AccountToken t set t.usedAt = :now where t.user = :user and t.purpose = :purpose and t.usedAt is null")
    void revokeUnused(@Param("user") UserAccount user, @Param("purpose") TokenPurpose purpose, @Param("now") java.time.Instant now);

    @Modifying
    @Query("delete from AccountToken t where t.user = :user")
    void deleteByUser(@Param("user") UserAccount user);
}
