package fr.agora.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlagRepository extends JpaRepository<Flag, Long> {

    List<Flag> findByResolvedAtIsNullOrderByCreatedAtAsc();

    List<Flag> findByProposalIdAndResolvedAtIsNull(Long proposalId);

    List<Flag> findByEmail(String email);

    boolean existsByProposalIdAndEmail(Long proposalId, String email);
}
