package fr.agora.shared.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    /** The security stamp of an account, to check a session against it (null when the account is gone). */
    @Query("select u.securityStamp from UserAccount u where u.id = :id")
    Long findSecurityStamp(@Param("id") long id);

    /** Accounts whose e-mail or name matches {@code pattern} ({@link LikePattern#contains}), newest first. */
    @Query("select u from UserAccount u where u.anonymisedAt is null and (lower(u.email) like :pattern escape '!'"
            + " or lower(u.displayName) like :pattern escape '!') order by u.createdAt desc")
    List<UserAccount> search(@Param("pattern") String pattern);

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(@Param("role") Role role);

    /** The e-mail addresses of the enabled accounts with {@code role}, such as the staff to remind of a mandate end. */
    @Query("select u.email from UserAccount u join u.roles r where r = :role and u.enabled = true"
            + " and u.anonymisedAt is null order by u.email")
    List<String> findEnabledEmailsWithRole(@Param("role") Role role);

    /** The organisations of the enabled accounts with {@code role}, such as the partners a walk may name. */
    @Query("select distinct u.organisation from UserAccount u join u.roles r where r = :role and u.enabled = true"
            + " and u.organisation is not null order by u.organisation")
    List<String> findOrganisationsWithRole(@Param("role") Role role);
}
