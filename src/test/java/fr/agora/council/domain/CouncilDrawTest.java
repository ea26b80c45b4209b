package fr.agora.council.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.council.CouncilDrawn;
import fr.agora.shared.domain.BusinessException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The draw refuses every step out of order, whatever the service or the view asks. */
class CouncilDrawTest {

    static final Instant NOW = Instant.parse("2026-03-02T17:00:00Z");
    static final String DICE = "1234561234";

    static CouncilDraw open() {
        Council council = new Council("conseil", "Conseil", NOW);
        ReflectionTestUtils.setField(council, "id", 7L);
        CouncilDraw d = new CouncilDraw(council, 2, new byte[32], "op@test.local", NOW);
        ReflectionTestUtils.setField(d, "id", 42L);
        return d;
    }

    static CouncilDraw frozen() {
        CouncilDraw d = open();
        d.freeze(10, "sex;female;2;2;2;2", "c0ffee", NOW);
        return d;
    }

    static CouncilDraw computed() {
        CouncilDraw d = frozen();
        d.recordDistribution("{}", 0.4, 0.4, 0.3, 1.5);
        return d;
    }

    static CouncilDraw drawn() {
        CouncilDraw d = computed();
        d.draw(DICE, "Témoins", "{\"panel\":[]}", "5eed", "seats\n", NOW);
        return d;
    }

    static void refused(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }

    @Test
    void anOpenDrawTakesSourcesButCannotBeComputedDrawnOrAnswered() {
        CouncilDraw d = open();
        d.checkPoolOpen();
        refused(d::checkComputable, "draw.error.not-frozen");
        refused(() -> d.recordDistribution("{}", 0.4, 0.4, 0.3, 1), "draw.error.not-frozen");
        refused(() -> d.draw(DICE, "Témoins", "{}", "5eed", "seats\n", NOW), "draw.error.not-computed");
        refused(d::checkAnswerable, "draw.error.not-done");
        refused(d::publishedQuotas, "council.error.not-found");
        refused(d::publishedRecord, "council.error.not-found");
        refused(d::publishedSeats, "council.error.not-found");
        refused(() -> d.recordSeats("seats\nmore\n"), "draw.error.not-done");
        assertThat(d.getStatus()).isEqualTo(DrawStatus.OPEN);
    }

    @Test
    void aPoolSmallerThanThePanelCannotBeFrozen() {
        CouncilDraw d = open();
        refused(() -> d.freeze(3, "q", "c", NOW), "draw.error.pool-too-small");
        assertThat(d.getStatus()).isEqualTo(DrawStatus.OPEN);
        assertThat(d.getCommitment()).isNull();
    }

    @Test
    void aFrozenPoolRefusesAnyChangeAndASecondFreeze() {
        CouncilDraw d = frozen();
        refused(d::checkPoolOpen, "draw.error.frozen");
        refused(() -> d.freeze(10, "other", "other", NOW), "draw.error.frozen");
        refused(() -> d.draw(DICE, "Témoins", "{}", "5eed", "seats\n", NOW), "draw.error.not-computed");
        assertThat(d.getCommitment()).isEqualTo("c0ffee");
        assertThat(d.publishedQuotas()).isEqualTo("sex;female;2;2;2;2");
    }

    @Test
    void theDistributionIsStoredOnce() {
        CouncilDraw d = computed();
        refused(d::checkComputable, "draw.error.computed");
        refused(() -> d.recordDistribution("{}", 0.5, 0.5, 0.5, 1), "draw.error.computed");
        assertThat(d.getLeximinMin()).isEqualTo(0.4);
    }

    @Test
    void theDrawNeedsDiceDigitsAndWitnesses() {
        CouncilDraw d = computed();
        refused(() -> d.draw("123", "Témoins", "{}", "5eed", "seats\n", NOW), "draw.error.entropy");
        refused(() -> d.draw("1234567890", "Témoins", "{}", "5eed", "seats\n", NOW), "draw.error.entropy");
        refused(() -> d.draw(DICE, " ", "{}", "5eed", "seats\n", NOW), "draw.error.witnesses");
        refused(() -> d.draw(DICE, "x".repeat(501), "{}", "5eed", "seats\n", NOW), "draw.error.witnesses");
        assertThat(d.getStatus()).isEqualTo(DrawStatus.COMPUTED);
    }

    @Test
    void aDrawHappensOnceAndAnnouncesItself() {
        CouncilDraw d = drawn();
        assertThat(d.getStatus()).isEqualTo(DrawStatus.DRAWN);
        assertThat(d.publishedRecord()).contains("panel");
        d.checkAnswerable();
        assertThat(ReflectionTestUtils.<List<Object>>invokeMethod(d, "domainEvents")).singleElement()
                .isEqualTo(new CouncilDrawn(42L, 7L, 2, "5eed", NOW));
        refused(() -> d.draw(DICE, "Témoins", "{}", "other", "seats\n", NOW), "draw.error.already-drawn");
        assertThat(d.publishedSeats()).isEqualTo("seats\n");
        // the seats file only grows: a replacement adds a line, the published history is never rewritten
        d.recordSeats("seats\nreplacement\n");
        assertThatThrownBy(() -> d.recordSeats("other\n")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> d.recordSeats("seats\n")).isInstanceOf(IllegalStateException.class);
        assertThat(d.publishedSeats()).isEqualTo("seats\nreplacement\n");
        refused(d::checkPoolOpen, "draw.error.frozen");
    }

    @Test
    void thePoolIsErasedOnlyOnceItsRetentionIsOverAndOnlyItsOwnPeople() {
        Instant cutoff = NOW.plus(Duration.ofDays(1));
        PoolPerson p = person(frozen(), 1L);
        assertThatThrownBy(() -> frozen().erasePool(List.of(p), cutoff)).isInstanceOf(IllegalStateException.class);
        CouncilDraw d = drawn();
        assertThat(d.isPoolExpired(NOW)).isFalse();
        assertThatThrownBy(() -> d.erasePool(List.of(person(d, 1L)), NOW)).isInstanceOf(IllegalStateException.class);
        PoolPerson mine = person(d, 1L);
        assertThat(d.erasePool(List.of(mine), cutoff)).isEqualTo(1);
        assertThat(mine.isErased()).isTrue();
        assertThat(mine.getSex()).isEqualTo("FEMALE");
        // a second run erases nobody again
        assertThat(d.erasePool(List.of(mine), cutoff)).isZero();
        CouncilDraw other = drawn();
        ReflectionTestUtils.setField(other, "id", 43L);
        assertThatThrownBy(() -> d.erasePool(List.of(person(other, 2L)), cutoff))
                .isInstanceOf(IllegalStateException.class);
    }

    static PoolPerson person(CouncilDraw d, long id) {
        PoolPerson p = new PoolPerson(d, "key" + id);
        ReflectionTestUtils.setField(p, "id", id);
        p.update("Durand", "Alice", "FEMALE", "25-34", "EU", "Rollin", "1 rue", "a@b.fr", "", "RIL");
        return p;
    }
}
