package fr.agora.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Members of the councils. */
public interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

    List<CouncilMember> findByCouncilIdOrderByCollegeAscSeatNoAscPositionAsc(long councilId);

    List<CouncilMember> findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(long councilId,
            CouncilMember.Status status);

    List<CouncilMember> findByDrawIdOrderBySeatNoAscPositionAsc(long drawId);

    /** Drawn people still to answer (for the draw operator's dashboard). */
    long countByDrawIdIsNotNullAndResponseAndStatus(CouncilMember.Response response, CouncilMember.Status status);

    List<CouncilMember> findByCouncilIdAndCollegeAndSeatNoAndStatus(long councilId, College college, int seatNo,
            CouncilMember.Status status);
}
