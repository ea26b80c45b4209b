package fr.agora.council.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.council.CandidacyCallClosed;
import fr.agora.shared.domain.BusinessException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** A call refuses inconsistent dates, candidacies outside its window, and a second closing. */
class CandidacyCampaignTest {

    // 2 March 2026, 9:00 in Amiens; closes on 30 March at 18:00 in Amiens
    static final Instant OPENS = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-03-30T16:00:00Z");

    static CandidacyCampaign call(CampaignKind kind) {
        Council council = new Council("c", "C", OPENS);
        ReflectionTestUtils.setField(council, "id", 3L);
        CandidacyCampaign c = new CandidacyCampaign(council, kind, "agent@test.local", OPENS);
        ReflectionTestUtils.setField(c, "id", 11L);
        c.describe("Appel", null, null, OPENS, CLOSES, 16);
        return c;
    }

    static void refused(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }

    @Test
    void inconsistentDescriptionsAreRefused() {
        CandidacyCampaign c = call(CampaignKind.HABITANT);
        refused(() -> c.describe(" ", null, null, OPENS, CLOSES, 16), "candidacy.error.title");
        refused(() -> c.describe("Appel", null, null, CLOSES, OPENS, 16), "candidacy.error.dates");
        refused(() -> c.describe("Appel", null, null, OPENS, OPENS, 16), "candidacy.error.dates");
        refused(() -> c.describe("Appel", null, null, null, CLOSES, 16), "candidacy.error.dates");
        refused(() -> c.describe("Appel", null, null, OPENS, CLOSES, 10), "candidacy.error.minimum-age");
        refused(() -> c.describe("Appel", "x".repeat(4001), null, OPENS, CLOSES, 16), "candidacy.error.description");
        assertThat(c.getClosesAt()).isEqualTo(CLOSES);
    }

    @Test
    void onlineCandidaciesAreTakenInsideTheWindowOnly() {
        CandidacyCampaign c = call(CampaignKind.HABITANT);
        refused(() -> c.checkOpenFor(CampaignKind.HABITANT, OPENS.minusSeconds(1)), "candidacy.error.not-open");
        c.checkOpenFor(CampaignKind.HABITANT, OPENS);
        refused(() -> c.checkOpenFor(CampaignKind.ASSOCIATION, OPENS), "candidacy.error.wrong-kind");
        refused(() -> c.checkOpenFor(CampaignKind.HABITANT, CLOSES), "candidacy.error.closed");
    }

    @Test
    void aPaperCandidacyMustHaveBeenReceivedWhileOpenDaysInAmiens() {
        CandidacyCampaign c = call(CampaignKind.HABITANT);
        LocalDate later = LocalDate.of(2026, 4, 10);
        c.checkReceivedOn(CampaignKind.HABITANT, LocalDate.of(2026, 3, 2), later);
        c.checkReceivedOn(CampaignKind.HABITANT, LocalDate.of(2026, 3, 30), later);
        refused(() -> c.checkReceivedOn(CampaignKind.HABITANT, LocalDate.of(2026, 3, 1), later), "candidacy.error.received-on");
        refused(() -> c.checkReceivedOn(CampaignKind.HABITANT, LocalDate.of(2026, 3, 31), later), "candidacy.error.received-on");
        refused(() -> c.checkReceivedOn(CampaignKind.HABITANT, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 19)),
                "candidacy.error.received-on");
        refused(() -> c.checkReceivedOn(CampaignKind.HABITANT, null, later), "candidacy.error.received-on");
    }

    @Test
    void closingNowStopsTheCallOnceAndAnnouncesIt() {
        CandidacyCampaign c = call(CampaignKind.HABITANT);
        refused(() -> c.closeNow(OPENS.minusSeconds(60)), "candidacy.error.not-open");
        Instant now = OPENS.plus(Duration.ofDays(3));
        c.closeNow(now);
        assertThat(c.getClosesAt()).isEqualTo(now);
        assertThat(c.isOpenAt(now)).isFalse();
        refused(() -> c.checkOpenFor(CampaignKind.HABITANT, now), "candidacy.error.closed");
        refused(() -> c.closeNow(now.plusSeconds(1)), "candidacy.error.already-closed");
        assertThat(ReflectionTestUtils.<List<Object>>invokeMethod(c, "domainEvents")).singleElement()
                .isEqualTo(new CandidacyCallClosed(11L, 3L, "HABITANT", now));
    }
}
