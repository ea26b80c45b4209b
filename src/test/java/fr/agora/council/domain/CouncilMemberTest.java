package fr.agora.council.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A member refuses what cannot happen to a seat: a second answer, leaving twice or before the start. */
class CouncilMemberTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    static CouncilMember member(SeatPosition position, MemberOrigin origin) {
        return new CouncilMember(new Council("c", "C", Instant.EPOCH), origin == MemberOrigin.DRAW ? College.HABITANTS
                : College.ASSOCIATIONS, 1, position, origin, "Alice Durand", null, null, null, false, START, Instant.EPOCH);
    }

    static CouncilMember drawn() {
        CouncilMember m = member(SeatPosition.TITULAIRE, MemberOrigin.DRAW);
        m.drawnFrom(5, 9, START.plusDays(15));
        return m;
    }

    static void refused(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }

    @Test
    void onlyADrawnPersonAnswersAndOnlyOnce() {
        CouncilMember appointed = member(SeatPosition.TITULAIRE, MemberOrigin.ASSOCIATION);
        refused(appointed::accept, "draw.error.not-drawn");
        assertThatThrownBy(() -> appointed.drawnFrom(5, 9, START)).isInstanceOf(IllegalStateException.class);
        CouncilMember m = drawn();
        assertThat(m.isAwaitingAnswer()).isTrue();
        assertThatThrownBy(() -> m.drawnFrom(6, 10, START)).isInstanceOf(IllegalStateException.class);
        m.accept();
        assertThat(m.getResponse()).isEqualTo(CouncilMember.Response.ACCEPTED);
        refused(m::accept, "draw.error.not-pending");
        refused(() -> m.decline(CouncilMember.Response.DECLINED, START), "draw.error.not-pending");
        assertThat(m.isActive()).isTrue();
    }

    @Test
    void aRefusalEndsTheSeatAndIsNotAnAcceptance() {
        CouncilMember m = drawn();
        refused(() -> m.decline(CouncilMember.Response.ACCEPTED, START), "draw.error.answer");
        refused(() -> m.decline(CouncilMember.Response.PENDING, START), "draw.error.answer");
        refused(() -> m.decline(null, START), "draw.error.answer");
        // found unreachable: the attempts made must be noted
        refused(() -> m.decline(CouncilMember.Response.UNREACHABLE, START.plusDays(16)), "draw.error.answer-note");
        m.decline(CouncilMember.Response.UNREACHABLE, START.plusDays(16), "Trois appels et un courrier sans réponse",
                START.plusDays(16));
        assertThat(m.isActive()).isFalse();
        assertThat(m.getEndDate()).isEqualTo(START.plusDays(16));
        refused(() -> m.decline(CouncilMember.Response.DECLINED, START), "draw.error.not-pending");
    }

    @Test
    void aMemberLeavesOnceAndNotBeforeTheStart() {
        CouncilMember m = member(SeatPosition.TITULAIRE, MemberOrigin.ASSOCIATION);
        refused(() -> m.leave(START.minusDays(1)), "council.error.end-date");
        refused(() -> m.leave(null), "council.error.end-date");
        m.leave(START);
        refused(() -> m.leave(START.plusDays(1)), "council.error.already-ended");
        assertThatThrownBy(m::makeOfficial).isInstanceOf(IllegalStateException.class);
        assertThat(m.isOfficial()).isFalse();
    }

    @Test
    void onlyAnActiveSuppleantMovesUp() {
        assertThatThrownBy(() -> member(SeatPosition.TITULAIRE, MemberOrigin.ASSOCIATION).becomeTitulaire())
                .isInstanceOf(IllegalStateException.class);
        CouncilMember gone = member(SeatPosition.SUPPLEANT, MemberOrigin.ASSOCIATION);
        gone.leave(START);
        assertThatThrownBy(gone::becomeTitulaire).isInstanceOf(IllegalStateException.class);
        CouncilMember s = member(SeatPosition.SUPPLEANT, MemberOrigin.ASSOCIATION);
        s.becomeTitulaire();
        assertThat(s.getPosition()).isEqualTo(SeatPosition.TITULAIRE);
    }
}
