package fr.agora.budget.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

    @Query("select p from Proposal p join fetch p.edition where p.id = :id")
    Optional<Proposal> findWithEdition(long id);

    /** Public proposals of an edition: deposited, not hidden, not merged away. */
    @Query("select p from Proposal p where p.edition.id = :edition and p.status not in "
            + "(fr.agora.budget.domain.ProposalStatus.DRAFT, fr.agora.budget.domain.ProposalStatus.MERGED) "
            + "and p.hidden = false order by p.submittedAt desc, p.id desc")
    List<Proposal> findPublic(long edition);

    @Query("select p from Proposal p where p.edition.id = :edition and p.status in :statuses order by p.submittedAt asc, p.id asc")
    List<Proposal> findByEditionAndStatusIn(long edition, Collection<ProposalStatus> statuses);

    @Query("select p from Proposal p where p.edition.id = :edition and p.status <> fr.agora.budget.domain.ProposalStatus.DRAFT "
            + "order by p.submittedAt asc, p.id asc")
    List<Proposal> findDeposited(long edition);

    @Query("select distinct p from Proposal p join p.holders h where h = :email order by p.updatedAt desc")
    List<Proposal> findByHolder(String email);

    @Query("select p from Proposal p where p.edition.id = :edition and p.serviceId in :services "
            + "and p.status = fr.agora.budget.domain.ProposalStatus.SUBMITTED order by p.reviewDue asc, p.id asc")
    List<Proposal> findToReview(long edition, Collection<Long> services);

    @Query("select p.id from Proposal p join p.followers f where f = :email")
    List<Long> findFollowedBy(String email);

    long countByEditionIdAndStatusNot(long edition, ProposalStatus status);
}
