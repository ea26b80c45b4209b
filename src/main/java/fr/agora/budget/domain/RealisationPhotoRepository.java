package fr.agora.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RealisationPhotoRepository extends JpaRepository<RealisationPhoto, Long> {

    @org.springframework.data.jpa.repository.Query("select p.id from RealisationPhoto p where p.proposalId = :proposal order by p.id")
    List<Long> idsOf(@org.springframework.data.repository.query.Param("proposal") long proposalId);

    long countByProposalId(long proposalId);
}
