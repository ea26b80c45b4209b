package fr.agora.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalPhotoRepository extends JpaRepository<ProposalPhoto, Long> {

    List<ProposalPhoto> findByProposalIdOrderByIdAsc(Long proposalId);

    long countByProposalId(Long proposalId);
}
