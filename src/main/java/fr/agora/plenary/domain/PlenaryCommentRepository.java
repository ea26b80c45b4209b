package fr.agora.plenary.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlenaryCommentRepository extends JpaRepository<PlenaryComment, Long> {

    List<PlenaryComment> findByContributionIdInOrderByCreatedAtAsc(List<Long> contributionIds);

    List<PlenaryComment> findByStatusOrderByCreatedAtAsc(CommentStatus status);

    List<PlenaryComment> findByAuthorEmail(String email);

    long countByStatus(CommentStatus status);
}
