package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.council.CandidacyCallClosed;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.PoolSource;
import fr.agora.council.pool.Sex;
import fr.agora.council.support.CouncilTestData;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Freezing a draw closes the residents' calls that fed its pool, unless staff keep one open for the next draw; a
 * candidacy received after the freeze is told it came too late for that draw.
 */
@AgoraSpringTest
@RecordApplicationEvents
class DrawCallsTest {

    @Autowired
    CouncilTestData data;
    @Autowired
    DrawService draws;
    @Autowired
    PoolImportService imports;
    @Autowired
    CampaignService calls;
    @Autowired
    CandidacyService candidacies;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MutableClock clock;

    static <T> T operator(java.util.function.Supplier<T> action) {
        return As.user(CouncilTestData.OPERATOR, action, Role.Names.DRAW_OPERATOR);
    }

    CandidacyReceipt apply(long call, String last, Sex sex) {
        return candidacies.apply(call, new ResidentApplication(last, "Camille", null, "06 12 34 56 78",
                "QPV-PIERRE-ROLLIN", "3 rue Pierre Rollin", "80000", LocalDate.of(1985, 6, 1), sex, EuStatus.EU, true,
                true), Locale.FRENCH);
    }

    /** A council of 2 seats whose open call fed a draw's pool (with a file of 20 people), ready to freeze. */
    long[] fedDraw() {
        CouncilData c = data.council().named("Conseil appel gelé").population(1000).create();
        CampaignData call = data.call(c.id(), CampaignKind.HABITANT).create();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        apply(call.id(), "Volontaire" + tag + "a", Sex.FEMALE);
        apply(call.id(), "Volontaire" + tag + "b", Sex.MALE);
        DrawData d = data.draw(c.id()).pool(CouncilTestData.pool(20, "Fichier" + tag)).imported();
        operator(() -> imports.importCandidacies(d.id(), call.id()));
        assertThat(operator(() -> draws.openFeedingCalls(d.id()))).extracting(CampaignData::id).containsExactly(call.id());
        return new long[] {d.id(), call.id()};
    }

    @Test
    void freezingTheDrawClosesTheCallThatFedIt() {
        long[] fed = fedDraw();
        operator(() -> draws.freeze(fed[0], draws.quotas(fed[0])));
        assertThat(calls.campaign(fed[1]).open()).isFalse();
        assertThat(events.stream(CandidacyCallClosed.class).filter(e -> e.campaignId() == fed[1])).singleElement()
                .satisfies(e -> assertThat(e.closedAt()).isEqualTo(clock.instant()));
        assertThat(operator(() -> draws.openFeedingCalls(fed[0]))).isEmpty();
    }

    @Test
    void aCallKeptOpenTellsLateCandidatesTheyMissedTheDraw() {
        long[] fed = fedDraw();
        // before the freeze, a candidacy is an ordinary one
        assertThat(apply(fed[1], "Avant" + UUID.randomUUID().toString().substring(0, 6), Sex.FEMALE)
                .tooLateForDrawFrozenOn()).isNull();
        operator(() -> draws.freeze(fed[0], draws.quotas(fed[0]), Set.of(fed[1])));
        assertThat(calls.campaign(fed[1]).open()).isTrue();
        assertThat(events.stream(CandidacyCallClosed.class).filter(e -> e.campaignId() == fed[1])).isEmpty();
        CandidacyReceipt late = apply(fed[1], "Après" + UUID.randomUUID().toString().substring(0, 6), Sex.MALE);
        assertThat(late.tooLateForDrawFrozenOn()).isEqualTo(fr.agora.council.domain.CouncilTime.today(clock));
        assertThat(operator(() -> imports.importsOf(fed[0]))).filteredOn(i -> i.getSource().equals(PoolSource.VOLUNTEER.name()))
                .singleElement().satisfies(i -> assertThat(i.getCampaignId()).isEqualTo(fed[1]));
    }
}
